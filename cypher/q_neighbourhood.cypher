// Every edge of the given nodes, in both directions, with the node at its other end (only the
// edges to $other when it is given).
MATCH (a:Meeting|Bureau|PolicyPlan|Initiative)
WHERE a.id IN $ids
MATCH (a)-[e]-(b)
WHERE ($as_of IS NULL OR e.date <= $as_of) AND ($other IS NULL OR b.id = $other)
RETURN a.id AS anchor, e, b
