// Directives dated on or before $cutoff that no later report answered, up to $as_of. A directive
// is about the plans and initiatives on the agenda of its meeting item (same document, same
// item); a report answers it when it was made at a later meeting, on one of those or on a plan
// implementing one of those initiatives, and, for a directive to a named bureau, by that bureau.
// Any bureau's report answers a directive to a collective addressee (group true). A later report
// by the same bureau on another subject is no answer. A directive whose item has no plan or
// initiative is about nothing a report could be on: it stays listed.
MATCH (m:Meeting)-[d:DIRECTED]->(x)
WHERE d.date IS NOT NULL AND d.date <= $cutoff AND ($government IS NULL OR m.government = $government)
OPTIONAL MATCH (m)-[a:RELATED_TO]->(t)
WHERE a.kind = 'agenda' AND a.item = d.item AND a.doc = d.doc
WITH m, d, x, collect(DISTINCT t) AS subjects
UNWIND CASE WHEN size(subjects) = 0 THEN [null] ELSE subjects END AS s
OPTIONAL MATCH (p:PolicyPlan)-[k:RELATED_TO]->(s)
WHERE k.kind = 'implements'
WITH m, d, x, subjects, collect(DISTINCT p) AS plans
UNWIND CASE WHEN size(subjects) = 0 THEN [null] ELSE subjects + plans END AS s
OPTIONAL MATCH (b:Bureau)-[r:REPORTED]->(s)
WHERE r.date > d.date AND r.date <= $as_of AND (d.group = true OR b.id = x.id)
WITH m, d, x, subjects, count(r) AS answers
WHERE answers = 0
RETURN m, d, x, subjects
ORDER BY d.date, m.id, x.id, d.id
LIMIT $limit
