// Edges of $file that the new batch no longer has go. Their end nodes keep only the documents
// (and bureaus only the aliases; edges carry the alias of their bureau end) of their remaining
// edges; a node no document mentions goes.
// first/last follow the dates of the remaining edges, search terms the aliases (as in
// merge_bureaus). Each edge type is looked up in its own file index: an untyped pattern would
// scan every edge of the graph for every document.
CALL () {
MATCH (a)-[e:REPORTED]->(b)
WHERE e.file = $file AND NOT e.id IN $edge_ids
RETURN e, a, b
UNION
MATCH (a)-[e:DIRECTED]->(b)
WHERE e.file = $file AND NOT e.id IN $edge_ids
RETURN e, a, b
UNION
MATCH (a)-[e:RELATED_TO]->(b)
WHERE e.file = $file AND NOT e.id IN $edge_ids
RETURN e, a, b
}
WITH collect(e) AS stale, collect(DISTINCT a) + collect(DISTINCT b) AS ends
FOREACH (x IN stale | DELETE x)
WITH ends
UNWIND ends AS n
WITH DISTINCT n
OPTIONAL MATCH (n)-[k]-()
WITH n, collect(DISTINCT k.doc) AS docs, collect(DISTINCT k.alias) AS aliases, collect(DISTINCT k.date) AS dates
WITH n, docs, dates, CASE WHEN 'Bureau' IN labels(n) AND size(aliases) > 0 THEN aliases ELSE n.aliases END AS kept
SET n.docs = docs, n.aliases = kept,
    n.first = reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END),
    n.last = reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END),
    n.terms = toLower(reduce(acc = '', word IN [n.name] + coalesce(kept, []) | acc + reduce(part = '', pos IN range(0, size(word) - 1) | part + ' ' + substring(word, pos, 1) + ' ' + substring(word, pos, 2))))
WITH n, docs
WHERE size(docs) = 0
DELETE n
