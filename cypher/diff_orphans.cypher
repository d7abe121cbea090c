// Dry run of remove_stale: the nodes left without any edge once the stale edges of $file go.
// Nodes of the batch ($node_ids) always keep an edge of the batch, so they never go.
MATCH (n)-[e]-()
WHERE e.file = $file AND NOT e.id IN $edge_ids AND NOT n.id IN $node_ids
WITH DISTINCT n
MATCH (n)-[k]-()
WITH n, collect(k) AS edges
WHERE all(k IN edges WHERE k.file = $file AND NOT k.id IN $edge_ids)
RETURN n.id AS id
