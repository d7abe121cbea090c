// Before a group is written: which of its files ($files) the graph holds an edge of. Each edge
// type is looked up in its own file index.
UNWIND $files AS f
MATCH ()-[e:REPORTED]->()
WHERE e.file = f
RETURN DISTINCT f AS file
UNION
UNWIND $files AS f
MATCH ()-[e:DIRECTED]->()
WHERE e.file = f
RETURN DISTINCT f AS file
UNION
UNWIND $files AS f
MATCH ()-[e:RELATED_TO]->()
WHERE e.file = f
RETURN DISTINCT f AS file
