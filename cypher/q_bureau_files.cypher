// The files with an edge of the bureaus $ids.
MATCH (b:Bureau)-[e:REPORTED]->()
WHERE b.id IN $ids
RETURN DISTINCT e.file AS file
UNION
MATCH (b:Bureau)<-[e:DIRECTED]-()
WHERE b.id IN $ids
RETURN DISTINCT e.file AS file
