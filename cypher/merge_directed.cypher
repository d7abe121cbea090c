// Rows: {id, source, target, props}; the rows parameter of merge_X is $X.
UNWIND $directed AS r
MATCH (a:Meeting {id: r.source})
MATCH (b:Bureau {id: r.target})
MERGE (a)-[e:DIRECTED {id: r.id}]->(b)
SET e += r.props
