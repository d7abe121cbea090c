// The third part of a search, when exact hits and nodes with every term do not fill the page:
// nodes holding all the terms of one of $groups (each group the query's terms a hit must at least
// share, so the index never returns the union of every node with one common bigram), by the
// number of query terms the node has, shorter names first, then by id; the exact hits left out
// (q_search_exact gives them). FalkorDB keeps one full-text index per label, queried in turn;
// "(a b)|(a c)" means "a and b, or a and c".
// Only the first $bound the index gives are read (`read` = $bound: more were left), and of those
// the $candidates best by the index's own score are compared term by term, which bounds the work
// when the groups are single terms (a long query, see questions/graph.py: term_groups); $candidates counts the
// empty row that carries `read` through, first in that order. One row:
// read, how many are ranked, and the page, each hit [id, label, name, government, rank, shared].
UNWIND $labels AS label
CALL db.idx.fulltext.queryNodes(label, reduce(acc = '', group IN $groups | acc + CASE WHEN acc = '' THEN '(' ELSE '|(' END + reduce(part = head(group), term IN tail(group) | part + ' ' + term) + ')'))
YIELD node, score
WITH label, node, score
WHERE ($as_of IS NULL OR node.first <= $as_of) AND ($government IS NULL OR node.government = $government)
WITH label, node, score
LIMIT $bound
WITH collect([label, node, score]) AS hits
UNWIND hits + [null] AS hit
WITH size(hits) AS read, hit
ORDER BY hit IS NOT NULL, hit[2] DESC
LIMIT $candidates
WITH read, hit, CASE WHEN hit IS NULL THEN [] ELSE split(hit[1].terms, ' ') END AS have
WITH read, hit, size([term IN $terms WHERE term IN have]) AS shared
WHERE hit IS NULL OR (NOT (hit[1].name = $q OR $q IN coalesce(hit[1].aliases, [])) AND shared * 2 >= size($terms))
WITH read, hit, shared
ORDER BY shared DESC, size(hit[1].name), hit[1].id
WITH max(read) AS read, collect(CASE WHEN hit IS NULL THEN null ELSE [hit[1].id, hit[0], hit[1].name, hit[1].government, 2, shared] END) AS ranked
RETURN read, size(ranked) AS total, ranked[$offset..$offset + $limit] AS page
