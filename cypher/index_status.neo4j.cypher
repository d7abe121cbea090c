// The build status of every index, in the words of index_status.falkordb.cypher: OPERATIONAL once
// it answers queries (Neo4j's ONLINE), UNDER CONSTRUCTION while it is populated (POPULATING), and
// FAILED when Neo4j gave up building it (SHOW INDEXES YIELD failureMessage says why).
SHOW INDEXES
YIELD state
RETURN CASE state WHEN 'ONLINE' THEN 'OPERATIONAL' WHEN 'POPULATING' THEN 'UNDER CONSTRUCTION' ELSE state END AS status
