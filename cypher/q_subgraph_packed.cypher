// The nodes of a subgraph and the edges among them, as q_subgraph_nodes reads them, each edge
// packed into one string (questions/packed.py): its id, type, source and target, its other
// properties in the order of packed.KEYS (a test checks it), span last, as its integers joined by
// commas, then how many properties it has; $sep between values, $none for a property it lacks. One value per edge to decode instead of every
// property one by one.
MATCH (a:Meeting|Bureau|PolicyPlan|Initiative)
WHERE a.id IN $ids
OPTIONAL MATCH (a)-[e]->(b)
WHERE b.id IN $ids AND ($as_of IS NULL OR e.date <= $as_of)
WITH a, e, [type(e), e.source, e.target, e.alias, e.bureau, e.date, e.directive, e.doc, e.evidence, e.file, toString(e.group), toString(e.item), e.kind, e.load, e.loaded_at, e.meeting, e.role, e.subject, e.to, e.verb, e.why, CASE WHEN e.span IS NULL THEN null ELSE reduce(acc = '', x IN e.span | acc + CASE WHEN acc = '' THEN '' ELSE ',' END + toString(x)) END, toString(size(keys(e)))] AS values
RETURN a AS n, ($as_of IS NULL OR a.first <= $as_of) AS shown, collect(CASE WHEN e IS NULL THEN null ELSE reduce(acc = coalesce(e.id, $none), value IN values | acc + $sep + coalesce(value, $none)) END) AS edges
