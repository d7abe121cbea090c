// A bureau's dated events: what it reported, and what meetings directed it to do.
MATCH (b:Bureau {id: $id})-[r:REPORTED]->(t)
WHERE ($as_of IS NULL OR r.date <= $as_of)
RETURN 'reported' AS kind, r AS fact, t AS other
UNION ALL
MATCH (b:Bureau {id: $id})<-[r:DIRECTED]-(m:Meeting)
WHERE ($as_of IS NULL OR r.date <= $as_of)
RETURN 'directed' AS kind, r AS fact, m AS other
