// The id, name and government of one bureau (what a reference to it in an answer shows), found
// through the Bureau id index alone: no other label's index asked, no documents read.
MATCH (n:Bureau {id: $id})
WHERE ($as_of IS NULL OR n.first <= $as_of)
RETURN n.id AS id, n.name AS name, n.government AS government
