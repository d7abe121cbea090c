// The nodes with the given ids, each label's id index asked in turn (FalkorDB has no label
// disjunction).
// include: _nodes_by_id.falkordb
WHERE ($as_of IS NULL OR n.first <= $as_of)
RETURN n
