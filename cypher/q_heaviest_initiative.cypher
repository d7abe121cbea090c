// The initiative with the most reports on it: the heaviest co-owners answer (for benchmarks).
MATCH (:Bureau)-[r:REPORTED]->(i:Initiative)
WITH i, count(r) AS facts
ORDER BY facts DESC, i.id
LIMIT 1
RETURN i.id AS id, facts
