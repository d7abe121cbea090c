// The nodes of a subgraph and the edges among them, as q_subgraph_nodes reads them, each edge
// packed into one string (questions/packed.py): its id, type, source and target, its other
// properties in the order of packed.KEYS (a test checks it), span last, as its integers joined by
// commas, then how many properties it has; $sep between values, $none for a property it lacks.
// Each property by name: asked through a list of names (e[key]) they took the server five times
// as long. One value per edge to decode instead of every
// property one by one. string.join, not `+`: a chain of `+` cut the text at 511 bytes. Every
// value is given one ($none at worst): the server evaluates the packing even for the empty edge
// of a node without any, and string.join refuses a null.
// include: _nodes_by_id.falkordb as a
OPTIONAL MATCH (a)-[e]->(b)
WHERE b.id IN $ids AND ($as_of IS NULL OR e.date <= $as_of)
RETURN a AS n, ($as_of IS NULL OR a.first <= $as_of) AS shown, collect(CASE WHEN e IS NULL THEN null ELSE string.join([coalesce(e.id, $none), coalesce(type(e), $none), coalesce(e.source, $none), coalesce(e.target, $none), coalesce(e.alias, $none), coalesce(e.bureau, $none), coalesce(e.date, $none), coalesce(e.directive, $none), coalesce(e.doc, $none), coalesce(e.evidence, $none), coalesce(e.file, $none), coalesce(toString(e.group), $none), coalesce(toString(e.item), $none), coalesce(e.kind, $none), coalesce(e.load, $none), coalesce(e.loaded_at, $none), coalesce(e.meeting, $none), coalesce(e.role, $none), coalesce(e.subject, $none), coalesce(e.to, $none), coalesce(e.verb, $none), coalesce(e.why, $none), coalesce(string.join([x IN e.span | toString(x)], ','), $none), coalesce(toString(size(keys(e))), $none)], $sep) END) AS edges
