// The ids of the nodes one edge away from the given nodes, in either direction (subgraph hops:
// ids only, so a hop does not carry every edge's evidence back).
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
RETURN DISTINCT b.id AS id
