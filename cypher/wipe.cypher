// Test fixtures and benchmarks only: deletes up to $batch nodes with their edges, keeping the
// schema. Run until it deletes nothing: one transaction for a large graph outgrows the store's
// memory limit.
MATCH (n)
WITH n
LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
