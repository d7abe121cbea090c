// The ceiling of `minutes-kg bench` only: a group's node rows of one label written by the plainest
// batched merge, nothing read first, no dates, documents or search terms worked out.
// NodeLabel is replaced by the rows' label.
UNWIND $rows AS r
MERGE (n:NodeLabel {id: r.id})
SET n += r.props
