// Every edge of the given nodes, in both directions, with the node at its other end.
MATCH (a:Meeting|Bureau|PolicyPlan|Initiative)
WHERE a.id IN $ids
MATCH (a)-[e]-(b)
RETURN a.id AS anchor, e, b
