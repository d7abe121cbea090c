// The nodes with one of $ids, bound to n (or the name the including line gives). FalkorDB has no
// label disjunction, so each label's id index is asked in turn; the WITH after CALL keeps
// FalkorDB from rescanning every node. Included by the FalkorDB variants of q_neighbourhood, q_node,
// q_node_labels, q_subgraph_nodes and q_neighbour_ids.
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
