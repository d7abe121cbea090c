// Rows: {id, source, target, props}; the rows parameter of merge_X is $X.
UNWIND $reported_initiative AS r
MATCH (a:Bureau {id: r.source})
MATCH (b:Initiative {id: r.target})
MERGE (a)-[e:REPORTED {id: r.id}]->(b)
SET e += r.props
