// Directives dated on or before $cutoff after which the directed bureau reported at no later
// meeting of the same government, up to $as_of. A report at the directing meeting itself is not
// an answer to it.
MATCH (m:Meeting)-[d:DIRECTED]->(b:Bureau)
WHERE d.date IS NOT NULL AND d.date <= $cutoff AND ($government IS NULL OR m.government = $government)
WITH m, d, b, [(b)-[r:REPORTED]->() WHERE r.date > d.date AND r.date <= $as_of | r.meeting] AS reported_at
OPTIONAL MATCH (later:Meeting)
WHERE later.id IN reported_at AND later.government = m.government
WITH m, d, b, count(later) AS answers
WHERE answers = 0
RETURN m, d, b
ORDER BY d.date, m.id, b.id, d.id
LIMIT $limit
