// Directives dated on or before $cutoff after which the directed bureau reported at no later
// meeting of the same government, up to $as_of. A report at the directing meeting itself is not
// an answer to it. Directives are grouped by bureau so that each bureau's reports are read once;
// a report's government is read from its meeting id (meeting:<government>:…, see graph_service/loading/batch.py),
// since looking up each report's meeting node once per directive timed out at 5,000 meetings.
MATCH (m:Meeting)-[d:DIRECTED]->(b:Bureau)
WHERE d.date IS NOT NULL AND d.date <= $cutoff AND ($government IS NULL OR m.government = $government)
WITH b, collect({meeting: m, fact: d}) AS given
WITH b, given, [(b)-[r:REPORTED]->() WHERE r.date <= $as_of | r] AS reports
UNWIND given AS directive
WITH b, directive.meeting AS m, directive.fact AS d, reports
WHERE none(r IN reports WHERE r.date > d.date AND coalesce(r.meeting, '') STARTS WITH ('meeting:' + coalesce(m.government, '?') + ':'))
RETURN m, d, b
ORDER BY d.date, m.id, b.id, d.id
LIMIT $limit
