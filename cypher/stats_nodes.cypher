// Node counts of the four graph labels (curation decisions and load records are not graph facts).
MATCH (n)
WITH labels(n)[0] AS label, n
WHERE label IN ['Meeting', 'Bureau', 'PolicyPlan', 'Initiative']
RETURN label, count(n) AS count
