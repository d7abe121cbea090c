// The second part of a search, after its exact hits: nodes holding every one of the query's terms,
// shorter names first, then by id. Each shares all $terms, so no term list is compared here.
// Only the first $bound the index gives (in its own order, best score first) are ranked, so that
// a name held in thousands of governments is not read thousands of times: `read` says how many
// were read, and `read` = $bound that more were left. The exact hits among them are ranked with
// the others and dropped by the caller, which has every one of them from q_search_exact (as
// q_search_every.falkordb.cypher does). The index stops at $bound itself when no label, date
// or government is asked for (past the filters, the LIMIT below stops it). Each term with a '+':
// the index's query parser reads that as "all of them". One row: read, how many are ranked, and
// the page asked for, each hit [id, label, name, government, rank, shared terms]; all are ranked.
CALL db.index.fulltext.queryNodes('node_terms', reduce(acc = '', term IN $terms | acc + ' +' + term), CASE WHEN $as_of IS NULL AND $government IS NULL AND all(label IN ['Meeting', 'Bureau', 'PolicyPlan', 'Initiative'] WHERE label IN $labels) THEN {limit: $bound} ELSE {} END)
YIELD node
WITH node, labels(node)[0] AS label
WHERE label IN $labels AND ($as_of IS NULL OR node.first <= $as_of) AND ($government IS NULL OR node.government = $government)
WITH label, node
LIMIT $bound
WITH label, node.id AS id, node.name AS name, node.government AS government
ORDER BY size(name), id
WITH count(*) AS read, collect([id, label, name, government, 2, size($terms)]) AS ranked
RETURN read, size(ranked) AS total, ranked[$offset..$offset + $limit] AS page
