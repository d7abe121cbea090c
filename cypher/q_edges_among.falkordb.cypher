// The edges whose two ends are both among the given nodes (the edges of a subgraph).
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
MATCH (a)-[e]->(b)
WHERE b.id IN $ids AND ($as_of IS NULL OR e.date <= $as_of)
RETURN e
