// Every edge, for a full export.
MATCH ()-[e]->()
WHERE $as_of IS NULL OR e.date <= $as_of
RETURN e
ORDER BY e.id
