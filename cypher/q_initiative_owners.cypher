// The co-owners of one initiative, a row per bureau: its strongest role, how many facts make it
// a co-owner, and the latest $facts of them with only the fields an answer shows. The rules are
// those of q_initiative_bureaus: reported on the initiative or on a plan implementing it, or
// directed in a meeting item about it (same document, same item). The initiative's own name and
// government come from its node, so that this query needs nothing from q_initiative_ref and both
// are sent together.
CALL {
MATCH (i:Initiative {id: $id})<-[r:REPORTED]-(b:Bureau)
WHERE ($as_of IS NULL OR r.date <= $as_of)
RETURN b, r, r.role AS role, i.id AS subject, 'Initiative' AS subject_label, i.name AS subject_name, i.government AS subject_government, r.meeting AS meeting
UNION ALL
MATCH (:Initiative {id: $id})<-[k:RELATED_TO]-(p:PolicyPlan)
WHERE k.kind = 'implements' AND ($as_of IS NULL OR k.date <= $as_of)
WITH DISTINCT p
MATCH (p)<-[r:REPORTED]-(b:Bureau)
WHERE ($as_of IS NULL OR r.date <= $as_of)
RETURN b, r, r.role AS role, p.id AS subject, 'PolicyPlan' AS subject_label, p.name AS subject_name, p.government AS subject_government, r.meeting AS meeting
UNION ALL
MATCH (i:Initiative {id: $id})<-[a:RELATED_TO]-(m:Meeting)
WHERE a.kind = 'agenda' AND ($as_of IS NULL OR a.date <= $as_of)
MATCH (m)-[r:DIRECTED]->(b:Bureau)
WHERE r.item = a.item AND r.doc = a.doc
RETURN b, r, 'directed' AS role, i.id AS subject, 'Initiative' AS subject_label, i.name AS subject_name, i.government AS subject_government, m.id AS meeting
}
WITH b, r, subject, subject_label, subject_name, subject_government, meeting, CASE role WHEN 'supplementary' THEN 1 WHEN 'directed' THEN 2 ELSE 0 END AS rank
ORDER BY coalesce(r.date, '') DESC, rank, coalesce(r.item, 0), r.id
WITH b, min(rank) AS rank, count(r) AS facts, collect({rank: rank, subject: subject, subject_label: subject_label, subject_name: subject_name, government: subject_government, written: coalesce(r.alias, r.bureau, r.to), meeting: meeting, item: r.item, date: r.date, evidence: r.evidence, directive: r.directive, doc: r.doc, edge: r.id}) AS every
RETURN b.id AS id, b.name AS name, b.government AS government, b.aliases AS aliases, rank, facts, every[0..$facts] AS latest
ORDER BY rank, facts DESC, name, id
