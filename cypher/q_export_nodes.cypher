// Every node, for a full export.
MATCH (n)
RETURN n
ORDER BY n.id
