// The second pass of a search, when nodes with every term do not fill the page: nodes holding all
// the terms of one of $groups (each group the query's terms a hit must at least share, so the
// index never returns the union of every node with one common bigram), ranked exact name, then
// exact alias, then by the number of query terms the node has, shorter names first.
// FalkorDB keeps one full-text index per label, queried in turn; "(a b)|(a c)" means "a and b,
// or a and c".
// Only the $candidates best by the index's own score are compared term by term, which bounds the
// work when the groups are single terms (a long query, see questions/graph.py: term_groups).
UNWIND $labels AS label
CALL db.idx.fulltext.queryNodes(label, reduce(acc = '', group IN $groups | acc + CASE WHEN acc = '' THEN '(' ELSE '|(' END + reduce(part = head(group), term IN tail(group) | part + ' ' + term) + ')'))
YIELD node, score
WHERE ($as_of IS NULL OR node.first <= $as_of) AND ($government IS NULL OR node.government = $government)
WITH node, label, score
ORDER BY score DESC
LIMIT $candidates
WITH node, label, split(node.terms, ' ') AS have
WITH node, label, size([term IN $terms WHERE term IN have]) AS shared
WITH node, label, shared, CASE WHEN node.name = $q THEN 0 WHEN $q IN coalesce(node.aliases, []) THEN 1 ELSE 2 END AS rank
WHERE rank < 2 OR shared * 2 >= size($terms)
RETURN node.id AS id, label, node.name AS name, node.government AS government, rank, shared
ORDER BY rank, shared DESC, size(name), id
SKIP $offset
LIMIT $limit
