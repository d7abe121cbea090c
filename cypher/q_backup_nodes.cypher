// Every node with its first label and every property, for a backup (graph_service/stores/backup.py);
// the version node is not backed up: a restore's own writes give the graph a new version.
MATCH (n)
WHERE NOT 'GraphVersion' IN labels(n)
RETURN labels(n)[0] AS label, properties(n) AS props
ORDER BY label, n.id
