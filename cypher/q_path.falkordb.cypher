// All shortest paths of at most 6 edges, in either direction, between two nodes; the caller keeps
// those within its own hop limit (a variable-length bound cannot be a parameter). Paths through
// the same nodes by other edges (a meeting's agenda entry and its directive to a collective on
// one initiative) are ordered by their edge ids, so both stores cut the list at the same path. No label
// disjunction in FalkorDB: each end is looked up in each label's id index (see q_node.falkordb).
CALL {
MATCH (a:Meeting {id: $source})
RETURN a
UNION
MATCH (a:Bureau {id: $source})
RETURN a
UNION
MATCH (a:PolicyPlan {id: $source})
RETURN a
UNION
MATCH (a:Initiative {id: $source})
RETURN a
}
WITH a
CALL {
MATCH (b:Meeting {id: $target})
RETURN b
UNION
MATCH (b:Bureau {id: $target})
RETURN b
UNION
MATCH (b:PolicyPlan {id: $target})
RETURN b
UNION
MATCH (b:Initiative {id: $target})
RETURN b
}
WITH a, b
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE $as_of IS NULL OR all(e IN relationships(p) WHERE e.date <= $as_of)
RETURN p
ORDER BY reduce(acc = '', n IN nodes(p) | acc + n.id + '|'), reduce(acc = '', e IN relationships(p) | acc + e.id + '|')
LIMIT $limit
