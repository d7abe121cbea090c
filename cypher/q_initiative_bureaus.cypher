// Co-owner facts of the given initiatives: bureaus that reported on one, or on a plan that
// implements it, or were directed in a meeting item about it (same document, same item).
// Every document that names a plan adds its own implements edge: the plans are made DISTINCT
// first, or each report on a plan would come back once per such edge.
MATCH (i:Initiative)
WHERE i.id IN $ids
MATCH (b:Bureau)-[r:REPORTED]->(i)
WHERE ($as_of IS NULL OR r.date <= $as_of)
RETURN i.id AS initiative, b AS bureau, r.role AS role, i AS subject, r AS fact
UNION ALL
MATCH (i:Initiative)
WHERE i.id IN $ids
MATCH (p:PolicyPlan)-[k:RELATED_TO]->(i)
WHERE k.kind = 'implements' AND ($as_of IS NULL OR k.date <= $as_of)
WITH DISTINCT i, p
MATCH (b:Bureau)-[r:REPORTED]->(p)
WHERE ($as_of IS NULL OR r.date <= $as_of)
RETURN i.id AS initiative, b AS bureau, r.role AS role, p AS subject, r AS fact
UNION ALL
MATCH (i:Initiative)
WHERE i.id IN $ids
MATCH (m:Meeting)-[a:RELATED_TO]->(i)
WHERE a.kind = 'agenda' AND ($as_of IS NULL OR a.date <= $as_of)
MATCH (m)-[r:DIRECTED]->(b:Bureau)
WHERE r.item = a.item AND r.doc = a.doc
RETURN i.id AS initiative, b AS bureau, 'directed' AS role, i AS subject, r AS fact
