// Whether the graph holds $government: a node of any label with it, found through each label's
// government index (schema.cypher) instead of reading every node as q_governments does. One row:
// how many nodes were found (at most one of each label).
CALL {
MATCH (n:Meeting)
WHERE n.government = $government
RETURN n
LIMIT 1
UNION
MATCH (n:Bureau)
WHERE n.government = $government
RETURN n
LIMIT 1
UNION
MATCH (n:PolicyPlan)
WHERE n.government = $government
RETURN n
LIMIT 1
UNION
MATCH (n:Initiative)
WHERE n.government = $government
RETURN n
LIMIT 1
}
RETURN count(n) AS found
