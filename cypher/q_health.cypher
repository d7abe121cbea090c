// Health check: the store answers a query. Constant time, unlike counting the graph (stats).
RETURN 1 AS up
