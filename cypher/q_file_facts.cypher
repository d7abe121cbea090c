// Every edge one file wrote, with its ends: the file's batch as the graph holds it.
MATCH (a)-[e:REPORTED]->(b)
WHERE e.file = $file
RETURN a, e, b
UNION ALL
MATCH (a)-[e:DIRECTED]->(b)
WHERE e.file = $file
RETURN a, e, b
UNION ALL
MATCH (a)-[e:RELATED_TO]->(b)
WHERE e.file = $file
RETURN a, e, b
