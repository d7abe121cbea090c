// Rows: {id, source, target, props}; the rows parameter of merge_X is $X.
UNWIND $reported_plan AS r
MATCH (a:Bureau {id: r.source})
MATCH (b:PolicyPlan {id: r.target})
MERGE (a)-[e:REPORTED {id: r.id}]->(b)
SET e += r.props
