// The naive baseline of `minutes-kg bench` only: one edge per query, each in its own transaction.
// SourceLabel, TargetLabel and EDGE_TYPE are replaced by the edge's end labels and type.
MATCH (a:SourceLabel {id: $source})
MATCH (b:TargetLabel {id: $target})
MERGE (a)-[e:EDGE_TYPE {id: $id}]->(b)
SET e += $props
