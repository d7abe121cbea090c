// Initiatives whose last dated fact up to $as_of (a report on it or on a plan implementing it, or
// an agenda item) is on or before $cutoff, with the facts of that last date. Dates are ISO text,
// so comparing them as strings orders them; undated facts cannot show when work stopped.
// Each comprehension names its edge differently: FalkorDB (0.11) returns an empty list for the
// second of two comprehensions reusing one variable name in an expression.
MATCH (i:Initiative)
WHERE $government IS NULL OR i.government = $government
WITH i, [(:Bureau)-[r:REPORTED]->(i) | r] + [(:Bureau)-[s:REPORTED]->(:PolicyPlan)-[k:RELATED_TO]->(i) WHERE k.kind = 'implements' | s] + [(:Meeting)-[a:RELATED_TO]->(i) WHERE a.kind = 'agenda' | a] AS facts
WITH i, [f IN facts WHERE f.date IS NOT NULL AND f.date <= $as_of] AS dated
WITH i, dated, reduce(last = '', f IN dated | CASE WHEN f.date > last THEN f.date ELSE last END) AS last
WHERE last <> '' AND last <= $cutoff
RETURN i, last, [f IN dated WHERE f.date = last] AS latest
ORDER BY last, i.id
LIMIT $limit
