// Rows: {id, props}; the rows parameter of merge_X is $X. $doc joins the node's documents.
UNWIND $bureaus AS r
MERGE (n:Bureau {id: r.id})
SET n += r.props, n.docs = [d IN coalesce(n.docs, []) WHERE d <> $doc] + [$doc],
    n.aliases = [a IN coalesce(n.aliases, []) WHERE NOT a IN r.aliases] + r.aliases
