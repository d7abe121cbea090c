// Before a file is loaded again: the edges of its earlier version (another content hash) that
// the new one replaces, with their ends' names, so the load's history can say which facts went.
MATCH (a)-[e:REPORTED]->(b)
WHERE e.file = $file AND e.doc <> $doc
RETURN e.id AS id, type(e) AS type, a.name AS source, b.name AS target, e.evidence AS evidence, e.date AS date
UNION ALL
MATCH (a)-[e:DIRECTED]->(b)
WHERE e.file = $file AND e.doc <> $doc
RETURN e.id AS id, type(e) AS type, a.name AS source, b.name AS target, e.evidence AS evidence, e.date AS date
UNION ALL
MATCH (a)-[e:RELATED_TO]->(b)
WHERE e.file = $file AND e.doc <> $doc
RETURN e.id AS id, type(e) AS type, a.name AS source, b.name AS target, e.evidence AS evidence, e.date AS date
