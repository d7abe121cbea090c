// Dry run of remove_stale: the edges of $file that the new batch no longer has.
MATCH ()-[e]->()
WHERE e.file = $file AND NOT e.id IN $edge_ids
RETURN e.id AS id
