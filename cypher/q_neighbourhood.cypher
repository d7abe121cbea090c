// Every edge of the given nodes, in both directions, with the node at its other end.
MATCH (a:Meeting|Bureau|PolicyPlan|Initiative)
WHERE a.id IN $ids
MATCH (a)-[e]-(b)
WHERE ($as_of IS NULL OR e.date <= $as_of)
RETURN a.id AS anchor, e, b
