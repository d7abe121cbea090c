// The id, label, name and government of the nodes with the given ids: what a reference to a
// node in an answer shows, without the node's documents and other properties.
MATCH (n:Meeting|Bureau|PolicyPlan|Initiative)
WHERE n.id IN $ids AND ($as_of IS NULL OR n.first <= $as_of)
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, n.government AS government
