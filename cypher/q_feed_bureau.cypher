// The facts of a bureau's feed: what it reported (on which plan or initiative) and what meetings
// directed it to do (subject: the meeting).
MATCH (b:Bureau {id: $id})-[r:REPORTED]->(t)
RETURN b AS bureau, r AS fact, t AS subject
UNION ALL
MATCH (b:Bureau {id: $id})<-[r:DIRECTED]-(m:Meeting)
RETURN b AS bureau, r AS fact, m AS subject
