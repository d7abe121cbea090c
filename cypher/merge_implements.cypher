// Rows: {id, source, target, props}; the rows parameter of merge_X is $X.
UNWIND $implements AS r
MATCH (a:PolicyPlan {id: r.source})
MATCH (b:Initiative {id: r.target})
MERGE (a)-[e:RELATED_TO {id: r.id}]->(b)
SET e += r.props
