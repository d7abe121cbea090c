// Whom a meeting directed to do what (named bureaus only: collectives are not in the graph).
MATCH (m:Meeting {id: $id})-[r:DIRECTED]->(b:Bureau)
RETURN b, r
