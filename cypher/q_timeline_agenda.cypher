// The meetings that had an initiative on their agenda.
MATCH (m:Meeting)-[a:RELATED_TO]->(i:Initiative {id: $id})
WHERE a.kind = 'agenda' AND ($as_of IS NULL OR a.date <= $as_of)
RETURN 'agenda' AS kind, a AS fact, m AS other
