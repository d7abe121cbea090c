// The edges whose two ends are both among the given nodes (the edges of a subgraph).
MATCH (a:Meeting|Bureau|PolicyPlan|Initiative)
WHERE a.id IN $ids
MATCH (a)-[e]->(b)
WHERE b.id IN $ids AND ($as_of IS NULL OR e.date <= $as_of)
RETURN e
