// The third part of a search, when exact hits and nodes with every term do not fill the page:
// nodes holding all the terms of one of $groups (each group the query's terms a hit must at least
// share, so the index never returns the union of every node with one common bigram), by the
// number of query terms the node has, shorter names first, then by id; the exact hits left out
// (q_search_exact gives them). "(+a +b) (+a +c)": the index's query parser reads that as "a and
// b, or a and c".
// Only the first $bound the index gives, best score first, are read (`read` = $bound: more were
// left; the index stops there itself when no label, date or government is asked for), and of
// those the $candidates best are compared term by term, which bounds the work when the groups are
// single terms (a long query, see questions/graph.py: term_groups); $candidates counts the empty
// row that carries `read` through, first in that order. One row: read, how many are ranked, and
// the page, each hit [id, label, name, government, rank, shared].
CALL db.index.fulltext.queryNodes('node_terms', reduce(acc = '', group IN $groups | acc + ' (' + reduce(part = '', term IN group | part + ' +' + term) + ')'), CASE WHEN $as_of IS NULL AND $government IS NULL AND all(label IN ['Meeting', 'Bureau', 'PolicyPlan', 'Initiative'] WHERE label IN $labels) THEN {limit: $bound} ELSE {} END)
YIELD node, score
WITH node, labels(node)[0] AS label, score
WHERE label IN $labels AND ($as_of IS NULL OR node.first <= $as_of) AND ($government IS NULL OR node.government = $government)
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
