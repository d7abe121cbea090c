// The build status of every index: OPERATIONAL once it answers queries, UNDER CONSTRUCTION while
// the server builds it (again, from the graph on disk, after a start). A store waits at open
// until every index is OPERATIONAL (stores/base.py: wait_for_indexes).
CALL db.indexes()
YIELD status
RETURN status
