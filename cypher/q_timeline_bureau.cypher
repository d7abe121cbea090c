// A bureau's dated events: what it reported, and what meetings directed it to do.
MATCH (b:Bureau {id: $id})-[r:REPORTED]->(t)
RETURN 'reported' AS kind, r AS fact, t AS other
UNION ALL
MATCH (b:Bureau {id: $id})<-[r:DIRECTED]-(m:Meeting)
RETURN 'directed' AS kind, r AS fact, m AS other
