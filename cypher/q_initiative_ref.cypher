// The id, name and government of one initiative (what a reference to it in an answer shows), found
// through the Initiative id index alone: no other label's index asked, no documents read.
MATCH (n:Initiative {id: $id})
WHERE ($as_of IS NULL OR n.first <= $as_of)
RETURN n.id AS id, n.name AS name, n.government AS government
