// Rows: {source, target, props}: a DIRECTED edge to a collective (on an initiative) from a
// backup, between nodes restored before it.
UNWIND $rows AS r
MATCH (a:Meeting {id: r.source})
MATCH (b:Initiative {id: r.target})
CREATE (a)-[e:DIRECTED]->(b)
SET e = r.props
