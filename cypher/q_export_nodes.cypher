// Every node, for a full export.
MATCH (n)
WHERE labels(n)[0] IN ['Meeting', 'Bureau', 'PolicyPlan', 'Initiative'] AND ($as_of IS NULL OR n.first <= $as_of)
RETURN n
ORDER BY n.id
