// All shortest paths of at most 6 edges, in either direction, between two nodes; the caller keeps
// those within its own hop limit (a variable-length bound cannot be a parameter). Paths through
// the same nodes by other edges (a meeting's agenda entry and its directive to a collective on
// one initiative) are ordered by their edge ids, so both stores cut the list at the same path.
MATCH (a:Meeting|Bureau|PolicyPlan|Initiative {id: $source})
MATCH (b:Meeting|Bureau|PolicyPlan|Initiative {id: $target})
WITH a, b
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE $as_of IS NULL OR all(e IN relationships(p) WHERE e.date <= $as_of)
RETURN p
ORDER BY reduce(acc = '', n IN nodes(p) | acc + n.id + '|'), reduce(acc = '', e IN relationships(p) | acc + e.id + '|')
LIMIT $limit
