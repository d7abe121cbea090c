// All shortest paths of at most 6 edges, in either direction, between two nodes; the caller keeps
// those within its own hop limit (a variable-length bound cannot be a parameter).
MATCH (a:Meeting|Bureau|PolicyPlan|Initiative {id: $source})
MATCH (b:Meeting|Bureau|PolicyPlan|Initiative {id: $target})
WITH a, b
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE $as_of IS NULL OR all(e IN relationships(p) WHERE e.date <= $as_of)
RETURN p
ORDER BY reduce(acc = '', n IN nodes(p) | acc + n.id + '|')
LIMIT $limit
