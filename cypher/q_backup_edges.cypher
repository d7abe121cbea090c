// Every edge with its ends' labels and ids and every property, for a backup.
MATCH (a)-[e]->(b)
RETURN type(e) AS type, labels(a)[0] AS source_label, a.id AS source, labels(b)[0] AS target_label, b.id AS target, properties(e) AS props
ORDER BY type, e.id
