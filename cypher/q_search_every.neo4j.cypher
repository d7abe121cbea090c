// The first pass of a search: nodes holding every one of the query's terms, ranked exact name,
// then exact alias, then shorter names first. Each such node shares all $terms, so no term list
// is compared here: the page is the best $limit of what the index gives, whatever its score.
// Each term with a '+': the index's query parser reads that as "all of them".
CALL db.index.fulltext.queryNodes('node_terms', reduce(acc = '', term IN $terms | acc + ' +' + term))
YIELD node
WITH node, labels(node)[0] AS label
WHERE label IN $labels AND ($as_of IS NULL OR node.first <= $as_of) AND ($government IS NULL OR node.government = $government)
WITH node, label, CASE WHEN node.name = $q THEN 0 WHEN $q IN coalesce(node.aliases, []) THEN 1 ELSE 2 END AS rank
RETURN node.id AS id, label, node.name AS name, node.government AS government, rank, size($terms) AS shared
ORDER BY rank, size(name), id
SKIP $offset
LIMIT $limit
