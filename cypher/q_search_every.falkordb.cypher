// The second part of a search, after its exact hits: nodes holding every one of the query's terms,
// shorter names first, then by id. Each shares all $terms, so no term list is compared here.
// Only the first $bound the index gives (in its own order; it stops there) are ranked, so that a
// name held in thousands of governments is not read thousands of times: `read` says how many
// were read, and `read` = $bound that more were left. The exact hits among them are ranked with
// the others and dropped by the caller, which has every one of them from q_search_exact: a test
// per hit here cost the server a sixth of the query at the bound. FalkorDB keeps one full-text
// index per label, queried in turn; terms joined by spaces mean "all of them". The nodes are
// ranked and collected as they are, their id, label and government read for the page's rows
// only. One row: read, how many are ranked (all of them), and the page asked for, each hit
// [id, label, name, government, rank, shared terms].
UNWIND $labels AS label
CALL db.idx.fulltext.queryNodes(label, reduce(acc = head($terms), term IN tail($terms) | acc + ' ' + term))
YIELD node
WHERE ($as_of IS NULL OR node.first <= $as_of) AND ($government IS NULL OR node.government = $government)
WITH node
LIMIT $bound
WITH node
ORDER BY size(node.name), node.id
WITH collect(node) AS ranked
UNWIND CASE WHEN $offset < size(ranked) THEN ranked[$offset..$offset + $limit] ELSE [null] END AS hit
WITH size(ranked) AS read, hit
RETURN read, read AS total, collect(CASE WHEN hit IS NULL THEN null ELSE [hit.id, labels(hit)[0], hit.name, hit.government, 2, size($terms)] END) AS page
