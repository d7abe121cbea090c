// The bureau with the most reports: the heaviest partners answer (for benchmarks).
MATCH (b:Bureau)-[r:REPORTED]->()
WITH b, count(r) AS facts
ORDER BY facts DESC, b.id
LIMIT 1
RETURN b.id AS id, facts
