// The nodes with the given ids. FalkorDB has no label disjunction, so each label's id index is
// asked in turn; the WITH after CALL keeps FalkorDB from rescanning every node.
CALL {
MATCH (n:Meeting)
WHERE n.id IN $ids
RETURN n
UNION
MATCH (n:Bureau)
WHERE n.id IN $ids
RETURN n
UNION
MATCH (n:PolicyPlan)
WHERE n.id IN $ids
RETURN n
UNION
MATCH (n:Initiative)
WHERE n.id IN $ids
RETURN n
}
WITH n
WHERE ($as_of IS NULL OR n.first <= $as_of)
RETURN n
