// The naive baseline of `minutes-kg bench` only: one node per query, each in its own transaction,
// as a straightforward driver loader writes it. NodeLabel is replaced by the node's label.
MERGE (n:NodeLabel {id: $id})
SET n += $props
