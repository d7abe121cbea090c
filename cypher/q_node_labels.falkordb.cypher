// The label of each node with one of the given ids, and whether it existed on $as_of (counting
// what a subgraph left out needs no more).
// include: _nodes_by_id.falkordb
RETURN n.id AS id, labels(n) AS labels, ($as_of IS NULL OR n.first <= $as_of) AS shown
