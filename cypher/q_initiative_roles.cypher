// The co-owners of the initiatives $ids and their roles, without the facts themselves: what
// partners of a bureau need (q_initiative_bureaus gives the facts with their sentences).
MATCH (i:Initiative)
WHERE i.id IN $ids
MATCH (b:Bureau)-[r:REPORTED]->(i)
WHERE ($as_of IS NULL OR r.date <= $as_of)
RETURN DISTINCT i.id AS initiative, i.name AS name, b.id AS bureau, b.name AS bureau_name, b.government AS government, r.role AS role, i.last AS last
UNION
MATCH (i:Initiative)
WHERE i.id IN $ids
MATCH (p:PolicyPlan)-[k:RELATED_TO]->(i)
WHERE k.kind = 'implements' AND ($as_of IS NULL OR k.date <= $as_of)
WITH DISTINCT i, p
MATCH (b:Bureau)-[r:REPORTED]->(p)
WHERE ($as_of IS NULL OR r.date <= $as_of)
RETURN DISTINCT i.id AS initiative, i.name AS name, b.id AS bureau, b.name AS bureau_name, b.government AS government, r.role AS role, i.last AS last
UNION
MATCH (i:Initiative)
WHERE i.id IN $ids
MATCH (m:Meeting)-[a:RELATED_TO]->(i)
WHERE a.kind = 'agenda' AND ($as_of IS NULL OR a.date <= $as_of)
MATCH (m)-[r:DIRECTED]->(b:Bureau)
WHERE r.item = a.item AND r.doc = a.doc
RETURN DISTINCT i.id AS initiative, i.name AS name, b.id AS bureau, b.name AS bureau_name, b.government AS government, 'directed' AS role, i.last AS last
