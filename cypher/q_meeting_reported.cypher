// Who reported what at a meeting: reports on the meeting's agenda that name this meeting.
MATCH (m:Meeting {id: $id})-[a:RELATED_TO]->(t)
WHERE a.kind = 'agenda'
WITH DISTINCT m, t
MATCH (b:Bureau)-[r:REPORTED]->(t)
WHERE r.meeting = m.id
RETURN b, r, t
