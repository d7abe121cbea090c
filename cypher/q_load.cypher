// One load record.
MATCH (l:Load {id: $id})
RETURN l.record AS record
