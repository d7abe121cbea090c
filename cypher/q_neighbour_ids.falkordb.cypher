// The ids of the nodes one edge away from the given nodes, in either direction, not among $kept,
// the first $take in id order (subgraph hops: ids only, and no more than the subgraph has room
// for, so a hop neither carries every edge's evidence back nor every id in reach; one more
// than the room the subgraph has left says the hop was cut).
// include: _nodes_by_id.falkordb as a
MATCH (a)-[e]-(b)
WHERE ($as_of IS NULL OR e.date <= $as_of) AND NOT b.id IN $kept
RETURN DISTINCT b.id AS id
ORDER BY id
LIMIT $take
