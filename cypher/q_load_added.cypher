// The facts a load added that are still in the graph, with their ends' names.
MATCH (a)-[e:REPORTED]->(b)
WHERE e.load = $load
RETURN e.id AS id, type(e) AS type, a.name AS source, b.name AS target, e.evidence AS evidence, e.date AS date
UNION ALL
MATCH (a)-[e:DIRECTED]->(b)
WHERE e.load = $load
RETURN e.id AS id, type(e) AS type, a.name AS source, b.name AS target, e.evidence AS evidence, e.date AS date
UNION ALL
MATCH (a)-[e:RELATED_TO]->(b)
WHERE e.load = $load
RETURN e.id AS id, type(e) AS type, a.name AS source, b.name AS target, e.evidence AS evidence, e.date AS date
