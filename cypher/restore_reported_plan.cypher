// Rows: {source, target, props}: a REPORTED edge from a backup, between nodes restored before it.
UNWIND $rows AS r
MATCH (a:Bureau {id: r.source})
MATCH (b:PolicyPlan {id: r.target})
CREATE (a)-[e:REPORTED]->(b)
SET e = r.props
