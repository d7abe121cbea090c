// The property keys the nodes of each graph label carry, for the console's schema list: read from
// the first $sample nodes of each label, not from every node (each label's nodes are written by
// one merge, so a key missing from all of them is rare).
MATCH (n:Meeting)
WITH n
LIMIT $sample
UNWIND keys(n) AS key
RETURN 'Meeting' AS label, collect(DISTINCT key) AS keys
UNION ALL
MATCH (n:Bureau)
WITH n
LIMIT $sample
UNWIND keys(n) AS key
RETURN 'Bureau' AS label, collect(DISTINCT key) AS keys
UNION ALL
MATCH (n:PolicyPlan)
WITH n
LIMIT $sample
UNWIND keys(n) AS key
RETURN 'PolicyPlan' AS label, collect(DISTINCT key) AS keys
UNION ALL
MATCH (n:Initiative)
WITH n
LIMIT $sample
UNWIND keys(n) AS key
RETURN 'Initiative' AS label, collect(DISTINCT key) AS keys
