// The label of each node with one of the given ids, and whether it existed on $as_of (counting
// what a subgraph left out needs no more).
// No label disjunction in FalkorDB: each label's id index in turn (see q_node.falkordb).
CALL {
MATCH (n:Meeting)
WHERE n.id IN $ids
RETURN n
UNION
MATCH (n:Bureau)
WHERE n.id IN $ids
RETURN n
UNION
MATCH (n:PolicyPlan)
WHERE n.id IN $ids
RETURN n
UNION
MATCH (n:Initiative)
WHERE n.id IN $ids
RETURN n
}
WITH n
RETURN n.id AS id, labels(n) AS labels, ($as_of IS NULL OR n.first <= $as_of) AS shown
