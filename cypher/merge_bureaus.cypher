// first/last: the earliest and latest meeting date of the node's documents ($date: this one's).
// Rows: {id, props, aliases}; the rows parameter of merge_X is $X. $doc joins the node's documents.
// terms: every character and character bigram of the name (and aliases), lowercased, for the
// full-text search index (see schema.cypher). Computed from the written values, not read back:
// FalkorDB's second SET clause of a query does not see the first one's list values.
UNWIND $bureaus AS r
MERGE (n:Bureau {id: r.id})
WITH n, r, [a IN coalesce(n.aliases, []) WHERE NOT a IN r.aliases] + r.aliases AS aliases
SET n += r.props, n.first = CASE WHEN $date IS NULL OR (n.first IS NOT NULL AND n.first <= $date) THEN n.first ELSE $date END,
    n.last = CASE WHEN $date IS NULL OR (n.last IS NOT NULL AND n.last >= $date) THEN n.last ELSE $date END,
    n.docs = [d IN coalesce(n.docs, []) WHERE d <> $doc] + [$doc], n.aliases = aliases,
    n.terms = toLower(reduce(acc = '', word IN [r.props.name] + aliases | acc + reduce(part = '', pos IN range(0, size(word) - 1) | part + ' ' + substring(word, pos, 1) + ' ' + substring(word, pos, 2))))
