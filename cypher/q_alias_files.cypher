// The files whose edges name a bureau of $government as $name (as written, simplified).
MATCH (b:Bureau)
WHERE b.government = $government AND $name IN b.aliases
MATCH (b)-[e:REPORTED]->()
WHERE e.alias = $name
RETURN DISTINCT e.file AS file
UNION
MATCH (b:Bureau)
WHERE b.government = $government AND $name IN b.aliases
MATCH ()-[e:DIRECTED]->(b)
WHERE e.alias = $name
RETURN DISTINCT e.file AS file
