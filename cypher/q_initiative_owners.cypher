// The co-owners of one initiative, a row per bureau: its strongest role, how many facts make it
// a co-owner, and the latest $facts of them with only the fields an answer shows. The rules are
// those of q_initiative_bureaus: reported on the initiative or on a plan implementing it, or
// directed in a meeting item about it (same document, same item). The initiative's own name and
// government come from its node, so that this query needs nothing from q_initiative_ref and both
// are sent together.
// The initiative is looked up once for the three rules. Each fact travels as its edge and its
// subject's node, and its fields are read only for the latest $facts of each bureau, after the
// sort: building every fact's map before slicing was most of the cost for an initiative with
// many facts.
MATCH (i:Initiative {id: $id})
CALL {
WITH i
MATCH (i)<-[r:REPORTED]-(b:Bureau)
WHERE ($as_of IS NULL OR r.date <= $as_of)
RETURN b, r, i AS s, 'Initiative' AS label, null AS m, CASE r.role WHEN 'supplementary' THEN 1 WHEN 'directed' THEN 2 ELSE 0 END AS rank
UNION ALL
WITH i
MATCH (i)<-[k:RELATED_TO]-(p:PolicyPlan)
WHERE k.kind = 'implements' AND ($as_of IS NULL OR k.date <= $as_of)
WITH DISTINCT p
MATCH (p)<-[r:REPORTED]-(b:Bureau)
WHERE ($as_of IS NULL OR r.date <= $as_of)
RETURN b, r, p AS s, 'PolicyPlan' AS label, null AS m, CASE r.role WHEN 'supplementary' THEN 1 WHEN 'directed' THEN 2 ELSE 0 END AS rank
UNION ALL
WITH i
MATCH (i)<-[a:RELATED_TO]-(m:Meeting)
WHERE a.kind = 'agenda' AND ($as_of IS NULL OR a.date <= $as_of)
MATCH (m)-[r:DIRECTED]->(b:Bureau)
WHERE r.item = a.item AND r.doc = a.doc
RETURN b, r, i AS s, 'Initiative' AS label, m, 2 AS rank
}
WITH b, r, s, label, m, rank
ORDER BY coalesce(r.date, '') DESC, rank, coalesce(r.item, 0), r.id
WITH b, min(rank) AS rank, count(r) AS facts, collect([r, s, label, m, rank]) AS every
RETURN b.id AS id, b.name AS name, b.government AS government, b.aliases AS aliases, rank, facts, [f IN every[0..$facts] | {rank: f[4], subject: f[1].id, subject_label: f[2], subject_name: f[1].name, government: f[1].government, written: coalesce(f[0].alias, f[0].bureau, f[0].to), meeting: CASE WHEN f[3] IS NULL THEN f[0].meeting ELSE f[3].id END, item: f[0].item, date: f[0].date, evidence: f[0].evidence, directive: f[0].directive, doc: f[0].doc, edge: f[0].id}] AS latest
ORDER BY rank, facts DESC, name, id
