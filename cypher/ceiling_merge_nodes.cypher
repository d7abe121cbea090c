// The ceiling of `minutes-kg bench` only: a group's node rows of one label written by the plainest
// batched merge: every field of the row set as it is (the load's rows: properties, documents,
// dates, search terms), nothing read first, nothing joined with what the node holds.
// NodeLabel is replaced by the rows' label; a bureau's aliases are set too (see ceiling.py).
UNWIND $rows AS r
MERGE (n:NodeLabel {id: r.id})
SET n += r.props, n.docs = r.docs, n.first = r.first, n.last = r.last, n.terms = r.terms
