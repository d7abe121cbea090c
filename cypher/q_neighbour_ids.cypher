// The ids of the nodes one edge away from the given nodes, in either direction (subgraph hops:
// ids only, so a hop does not carry every edge's evidence back).
MATCH (a:Meeting|Bureau|PolicyPlan|Initiative)
WHERE a.id IN $ids
MATCH (a)-[e]-(b)
WHERE ($as_of IS NULL OR e.date <= $as_of)
RETURN DISTINCT b.id AS id
