// Test fixtures only: empties the graph, keeps the schema.
MATCH (n)
DETACH DELETE n
