// Every edge, for a full export.
MATCH ()-[e]->()
RETURN e
ORDER BY e.id
