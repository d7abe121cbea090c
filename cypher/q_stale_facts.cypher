// Before a file is written again: its edges the new version no longer has, with their ends'
// names, so the load's history can say which facts went.
MATCH (a)-[e:REPORTED]->(b)
WHERE e.file = $file AND NOT e.id IN $edge_ids
RETURN e.id AS id, type(e) AS type, a.name AS source, b.name AS target, e.evidence AS evidence, e.date AS date
UNION ALL
MATCH (a)-[e:DIRECTED]->(b)
WHERE e.file = $file AND NOT e.id IN $edge_ids
RETURN e.id AS id, type(e) AS type, a.name AS source, b.name AS target, e.evidence AS evidence, e.date AS date
UNION ALL
MATCH (a)-[e:RELATED_TO]->(b)
WHERE e.file = $file AND NOT e.id IN $edge_ids
RETURN e.id AS id, type(e) AS type, a.name AS source, b.name AS target, e.evidence AS evidence, e.date AS date
