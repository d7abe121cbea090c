// The nodes of a subgraph, each with the edges it starts whose end is among them too: one read
// for the nodes and their edges. `shown` says whether the node existed on $as_of; its edges
// count either way, as each edge's own date decides.
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
OPTIONAL MATCH (a)-[e]->(b)
WHERE b.id IN $ids AND ($as_of IS NULL OR e.date <= $as_of)
RETURN a AS n, ($as_of IS NULL OR a.first <= $as_of) AS shown, collect(e) AS edges
