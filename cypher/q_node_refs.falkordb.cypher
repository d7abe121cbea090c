// The id, label, name and government of the nodes with the given ids (see q_node_refs.cypher).
// FalkorDB has no label disjunction, so each label's id index is asked in turn.
CALL {
MATCH (n:Meeting)
WHERE n.id IN $ids
RETURN n, 'Meeting' AS label
UNION
MATCH (n:Bureau)
WHERE n.id IN $ids
RETURN n, 'Bureau' AS label
UNION
MATCH (n:PolicyPlan)
WHERE n.id IN $ids
RETURN n, 'PolicyPlan' AS label
UNION
MATCH (n:Initiative)
WHERE n.id IN $ids
RETURN n, 'Initiative' AS label
}
WITH n, label
WHERE ($as_of IS NULL OR n.first <= $as_of)
RETURN n.id AS id, label, n.name AS name, n.government AS government
