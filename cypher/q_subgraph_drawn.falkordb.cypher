// The nodes of a subgraph and the edges among them as q_subgraph_nodes reads them, each edge cut
// down to what a graph page draws: [id, type, end, role, kind, date], no sentence or provenance.
// Reading 13 properties of some 700 edges was most of a depth-2 subgraph's time in the client.
// include: _nodes_by_id.falkordb as a
OPTIONAL MATCH (a)-[e]->(b)
WHERE b.id IN $ids AND ($as_of IS NULL OR e.date <= $as_of)
RETURN a AS n, ($as_of IS NULL OR a.first <= $as_of) AS shown, collect(CASE WHEN e IS NULL THEN null ELSE [e.id, type(e), b.id, e.role, e.kind, e.date] END) AS edges
