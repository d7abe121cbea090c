// Rows: {source, target, props}: a RELATED_TO edge from a backup, between nodes restored before it.
UNWIND $rows AS r
MATCH (a:Meeting {id: r.source})
MATCH (b:Initiative {id: r.target})
CREATE (a)-[e:RELATED_TO]->(b)
SET e = r.props
