// The meeting with the most edges: the heaviest meeting answer (for benchmarks).
MATCH (m:Meeting)-[r]->()
WITH m, count(r) AS facts
ORDER BY facts DESC, m.id
LIMIT 1
RETURN m.id AS id, facts
