// Rows: {id, props}; the rows parameter of merge_X is $X. $doc joins the node's documents.
UNWIND $meetings AS r
MERGE (n:Meeting {id: r.id})
SET n += r.props, n.docs = [d IN coalesce(n.docs, []) WHERE d <> $doc] + [$doc]
