// A meeting's facts with only the fields its answer shows, a row each: the plans and
// initiatives on its agenda, whom it directed (named bureaus: directives to collectives are read by
// q_meeting_decided), and who reported on its agenda at this meeting.
MATCH (:Meeting {id: $id})-[a:RELATED_TO]->(t)
WHERE a.kind = 'agenda'
RETURN 'agenda' AS kind, a.item AS item, t.id AS subject, labels(t)[0] AS subject_label, t.name AS subject_name, t.government AS subject_government, null AS bureau, null AS bureau_name, null AS government, null AS written, null AS role, null AS directive, null AS evidence
UNION ALL
MATCH (:Meeting {id: $id})-[r:DIRECTED]->(b:Bureau)
RETURN 'directed' AS kind, r.item AS item, null AS subject, null AS subject_label, null AS subject_name, null AS subject_government, b.id AS bureau, b.name AS bureau_name, b.government AS government, r.alias AS written, null AS role, r.directive AS directive, r.evidence AS evidence
UNION ALL
MATCH (m:Meeting {id: $id})-[a:RELATED_TO]->(t)
WHERE a.kind = 'agenda'
WITH DISTINCT m, t
MATCH (b:Bureau)-[r:REPORTED]->(t)
WHERE r.meeting = m.id
RETURN 'reported' AS kind, r.item AS item, t.id AS subject, labels(t)[0] AS subject_label, t.name AS subject_name, t.government AS subject_government, b.id AS bureau, b.name AS bureau_name, b.government AS government, r.alias AS written, r.role AS role, null AS directive, r.evidence AS evidence
