// The governments of the graph: how many nodes each has, how many meetings, and its newest
// meeting date (the default reference date of questions about that government).
MATCH (n)
WHERE n.government IS NOT NULL AND labels(n)[0] IN $labels
WITH n.government AS government, labels(n)[0] AS label, n.date AS day
RETURN government, count(*) AS nodes, sum(CASE WHEN label = 'Meeting' THEN 1 ELSE 0 END) AS meetings, max(CASE WHEN label = 'Meeting' THEN day END) AS newest
ORDER BY government
