// The property keys the edges of each graph type carry, for the console's schema list.
MATCH ()-[e]->()
WHERE type(e) IN $types
UNWIND keys(e) AS key
RETURN type(e) AS type, collect(DISTINCT key) AS keys
ORDER BY type
