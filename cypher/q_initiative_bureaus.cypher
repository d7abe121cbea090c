// Co-owner facts of the given initiatives: bureaus that reported on one, or on a plan that
// implements it, or were directed in a meeting item about it (same document, same item).
MATCH (i:Initiative)
WHERE i.id IN $ids
MATCH (b:Bureau)-[r:REPORTED]->(i)
RETURN i.id AS initiative, b AS bureau, r.role AS role, i AS subject, r AS fact
UNION ALL
MATCH (i:Initiative)
WHERE i.id IN $ids
MATCH (b:Bureau)-[r:REPORTED]->(p:PolicyPlan)-[k:RELATED_TO]->(i)
WHERE k.kind = 'implements'
RETURN i.id AS initiative, b AS bureau, r.role AS role, p AS subject, r AS fact
UNION ALL
MATCH (i:Initiative)
WHERE i.id IN $ids
MATCH (m:Meeting)-[a:RELATED_TO]->(i)
WHERE a.kind = 'agenda'
MATCH (m)-[r:DIRECTED]->(b:Bureau)
WHERE r.item = a.item AND r.doc = a.doc
RETURN i.id AS initiative, b AS bureau, 'directed' AS role, i AS subject, r AS fact
