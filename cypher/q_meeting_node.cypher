// One meeting with its properties, found through the Meeting id index alone (q_node asks every
// label's index in turn).
MATCH (n:Meeting {id: $id})
WHERE ($as_of IS NULL OR n.first <= $as_of)
RETURN n
