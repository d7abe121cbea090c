// The property keys the edges of each graph type carry, for the console's schema list: read from
// the first $sample edges of each type, not from every edge.
MATCH ()-[e:REPORTED]->()
WITH e
LIMIT $sample
UNWIND keys(e) AS key
RETURN 'REPORTED' AS type, collect(DISTINCT key) AS keys
UNION ALL
MATCH ()-[e:DIRECTED]->()
WITH e
LIMIT $sample
UNWIND keys(e) AS key
RETURN 'DIRECTED' AS type, collect(DISTINCT key) AS keys
UNION ALL
MATCH ()-[e:RELATED_TO]->()
WITH e
LIMIT $sample
UNWIND keys(e) AS key
RETURN 'RELATED_TO' AS type, collect(DISTINCT key) AS keys
