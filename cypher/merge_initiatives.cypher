// first/last: the earliest and latest meeting date of the node's documents (r.first/r.last:
// those of the documents written now, several when a group of documents is written at once).
// Rows: {id, props, docs, first, last, terms}; the rows parameter of merge_X is $X.
// r.docs join the node's documents.
// terms: every character and character bigram of the name, lowercased, for the full-text search
// index (see schema.cypher), worked out by the loader (stores/_rows.py: search_terms).
UNWIND $initiatives AS r
MERGE (n:Initiative {id: r.id})
SET n += r.props, n.first = CASE WHEN r.first IS NULL OR (n.first IS NOT NULL AND n.first <= r.first) THEN n.first ELSE r.first END,
    n.last = CASE WHEN r.last IS NULL OR (n.last IS NOT NULL AND n.last >= r.last) THEN n.last ELSE r.last END,
    n.docs = [d IN coalesce(n.docs, []) WHERE NOT d IN r.docs] + r.docs,
    n.terms = r.terms
