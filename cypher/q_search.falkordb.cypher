// Search hits for the query's terms (bigrams, or characters for a one-character query), ranked:
// exact name, then exact alias, then by the number of query terms the node has, shorter names first.
// FalkorDB keeps one full-text index per label, queried in turn; terms joined by '|' mean "any of
// them", by spaces "all of them" ($every: the first, cheaper pass of a search).
// Only the $candidates best by the index's own score are compared term by term: comparing every
// node that shares one bigram made search grow with the graph (hundreds of ms at 100k meetings).
UNWIND $labels AS label
CALL db.idx.fulltext.queryNodes(label, reduce(acc = head($terms), term IN tail($terms) | acc + CASE WHEN $every THEN ' ' ELSE '|' END + term))
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
ORDER BY rank, shared DESC, size(node.name), node.id
LIMIT $limit
