// The nodes of a subgraph, each with the edges it starts whose end is among them too: one read
// for the nodes and their edges. `shown` says whether the node existed on $as_of; its edges
// count either way, as each edge's own date decides.
// include: _nodes_by_id.falkordb as a
OPTIONAL MATCH (a)-[e]->(b)
WHERE b.id IN $ids AND ($as_of IS NULL OR e.date <= $as_of)
RETURN a AS n, ($as_of IS NULL OR a.first <= $as_of) AS shown, collect(e) AS edges
