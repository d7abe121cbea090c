// The facts of an initiative's feed: reports on it and on plans implementing it, directives to
// bureaus given in a meeting item about it (same document, same item), and directives to
// collectives (all townships, every department concerned …), which are kept on the item's
// initiative itself and have no bureau.
// Plans are made DISTINCT first: every document naming a plan adds its own implements edge.
MATCH (b:Bureau)-[r:REPORTED]->(i:Initiative {id: $id})
RETURN b AS bureau, r AS fact, i AS subject
UNION ALL
MATCH (p:PolicyPlan)-[k:RELATED_TO]->(i:Initiative {id: $id})
WHERE k.kind = 'implements'
WITH DISTINCT p
MATCH (b:Bureau)-[r:REPORTED]->(p)
RETURN b AS bureau, r AS fact, p AS subject
UNION ALL
MATCH (m:Meeting)-[a:RELATED_TO]->(i:Initiative {id: $id})
WHERE a.kind = 'agenda'
MATCH (m)-[r:DIRECTED]->(b:Bureau)
WHERE r.item = a.item AND r.doc = a.doc
RETURN b AS bureau, r AS fact, i AS subject
UNION ALL
MATCH (:Meeting)-[r:DIRECTED]->(i:Initiative {id: $id})
RETURN null AS bureau, r AS fact, i AS subject
