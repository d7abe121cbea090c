// first/last: the earliest and latest meeting date of the node's documents (r.first/r.last:
// those of the documents written now, several when a group of documents is written at once).
// Rows: {id, props, aliases, docs, first, last, terms}; the rows parameter of merge_X is $X.
// r.docs join the node's documents.
// terms: every character and character bigram of the name (and aliases), lowercased, for the
// full-text search index (see schema.cypher): r.terms, worked out by the loader from the name and
// r.aliases (stores/_rows.py: search_terms), unless the graph holds aliases the row lacks; then
// worked out here from the written values, not read back: FalkorDB's second SET clause of a
// query does not see the first one's list values.
UNWIND $bureaus AS r
MERGE (n:Bureau {id: r.id})
WITH n, r, [a IN coalesce(n.aliases, []) WHERE NOT a IN r.aliases] AS kept
SET n += r.props, n.first = CASE WHEN r.first IS NULL OR (n.first IS NOT NULL AND n.first <= r.first) THEN n.first ELSE r.first END,
    n.last = CASE WHEN r.last IS NULL OR (n.last IS NOT NULL AND n.last >= r.last) THEN n.last ELSE r.last END,
    n.docs = [d IN coalesce(n.docs, []) WHERE NOT d IN r.docs] + r.docs, n.aliases = kept + r.aliases,
    n.terms = CASE WHEN size(kept) = 0 THEN r.terms ELSE toLower(reduce(acc = '', word IN [r.props.name] + kept + r.aliases | acc + reduce(part = '', pos IN range(0, size(word) - 1) | part + ' ' + substring(word, pos, 1) + ' ' + substring(word, pos, 2)))) END
