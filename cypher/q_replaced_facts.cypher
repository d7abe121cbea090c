// Before files are loaded ($files: {file, edge_ids}): the edges each file holds that its new
// version lacks, with their ends' names. Writing the new version removes them; the load's
// history keeps them. Each edge type is looked up in its own file index.
UNWIND $files AS f
MATCH (a)-[e:REPORTED]->(b)
WHERE e.file = f.file AND NOT e.id IN f.edge_ids
RETURN f.file AS file, e.id AS id, type(e) AS type, a.name AS source, b.name AS target, e.evidence AS evidence, e.date AS date
UNION ALL
UNWIND $files AS f
MATCH (a)-[e:DIRECTED]->(b)
WHERE e.file = f.file AND NOT e.id IN f.edge_ids
RETURN f.file AS file, e.id AS id, type(e) AS type, a.name AS source, b.name AS target, e.evidence AS evidence, e.date AS date
UNION ALL
UNWIND $files AS f
MATCH (a)-[e:RELATED_TO]->(b)
WHERE e.file = f.file AND NOT e.id IN f.edge_ids
RETURN f.file AS file, e.id AS id, type(e) AS type, a.name AS source, b.name AS target, e.evidence AS evidence, e.date AS date
