// Facts whose source sentence contains $text, newest first: full text over the evidence, not
// only names. Every edge is read (no index covers evidence); fine at a district's scale.
MATCH (a)-[e]->(b)
WHERE type(e) IN $types AND e.evidence CONTAINS $text AND ($government IS NULL OR a.government = $government) AND ($as_of IS NULL OR e.date <= $as_of)
RETURN a, e, b
ORDER BY coalesce(e.date, '') DESC, e.id
LIMIT $limit
