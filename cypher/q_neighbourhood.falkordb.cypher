// Every edge of the given nodes, in both directions, with the node at its other end.
// No label disjunction in FalkorDB: each label's id index in turn (see q_node.falkordb).
CALL {
MATCH (a:Meeting)
WHERE a.id IN $ids
RETURN a
UNION
MATCH (a:Bureau)
WHERE a.id IN $ids
RETURN a
UNION
MATCH (a:PolicyPlan)
WHERE a.id IN $ids
RETURN a
UNION
MATCH (a:Initiative)
WHERE a.id IN $ids
RETURN a
}
WITH a
MATCH (a)-[e]-(b)
WHERE ($as_of IS NULL OR e.date <= $as_of)
RETURN a.id AS anchor, e, b
