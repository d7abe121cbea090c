// Edges of $file that the new batch no longer has go. Their end nodes keep only the documents
// (and bureaus only the aliases) of their remaining edges; a node no document mentions goes.
MATCH (a)-[e]->(b)
WHERE e.file = $file AND NOT e.id IN $edge_ids
WITH collect(e) AS stale, collect(DISTINCT a) + collect(DISTINCT b) AS ends
FOREACH (x IN stale | DELETE x)
WITH ends
UNWIND ends AS n
WITH DISTINCT n
OPTIONAL MATCH (n)-[k]-()
WITH n, collect(DISTINCT k.doc) AS docs, collect(DISTINCT k.alias) AS aliases
SET n.docs = docs, n.aliases = CASE WHEN size(aliases) > 0 THEN aliases ELSE n.aliases END
WITH n, docs
WHERE size(docs) = 0
DELETE n
