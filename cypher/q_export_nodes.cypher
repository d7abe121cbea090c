// Every node, for a full export.
MATCH (n)
WHERE labels(n)[0] IN ['Meeting', 'Bureau', 'PolicyPlan', 'Initiative']
RETURN n
ORDER BY n.id
