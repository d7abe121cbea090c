// The ceiling of `minutes-kg bench` only: a group's edge rows of one shape written by the plainest
// batched merge, every field of the row set as it is. SourceLabel, TargetLabel and EDGE_TYPE are
// replaced by the shape's.
UNWIND $rows AS r
MATCH (a:SourceLabel {id: r.source})
MATCH (b:TargetLabel {id: r.target})
MERGE (a)-[e:EDGE_TYPE {id: r.id}]->(b)
SET e += r.props, e.loaded_at = r.loaded_at, e.load = r.load
