// The property keys the nodes of each graph label carry, for the console's schema list.
MATCH (n)
WITH labels(n)[0] AS label, n
WHERE label IN $labels
UNWIND keys(n) AS key
RETURN label, collect(DISTINCT key) AS keys
ORDER BY label
