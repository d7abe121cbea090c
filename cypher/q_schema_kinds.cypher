// The values of `kind` on RELATED_TO edges (agenda, implements …), for the console's schema list.
MATCH ()-[e:RELATED_TO]->()
WHERE e.kind IS NOT NULL
RETURN DISTINCT e.kind AS kind
ORDER BY kind
