// Every edge of the given nodes, in both directions, with the node at its other end (only the
// edges to $other when it is given). No label disjunction in FalkorDB: each label's id index in
// turn (see _nodes_by_id.falkordb).
// include: _nodes_by_id.falkordb as a
MATCH (a)-[e]-(b)
WHERE ($as_of IS NULL OR e.date <= $as_of) AND ($other IS NULL OR b.id = $other)
RETURN a.id AS anchor, e, b
