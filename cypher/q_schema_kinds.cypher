// The values of `kind` on RELATED_TO edges (agenda, implements …), for the console's schema list:
// those among the first $sample RELATED_TO edges, so a large graph is not read whole for a list.
MATCH ()-[e:RELATED_TO]->()
WITH e
LIMIT $sample
WITH e.kind AS kind
WHERE kind IS NOT NULL
RETURN DISTINCT kind
ORDER BY kind
