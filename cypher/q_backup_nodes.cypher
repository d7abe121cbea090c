// Every node with its first label and every property, for a backup (graph_service/stores/backup.py).
MATCH (n)
RETURN labels(n)[0] AS label, properties(n) AS props
ORDER BY label, n.id
