// The meetings that had an initiative on their agenda.
MATCH (m:Meeting)-[a:RELATED_TO]->(i:Initiative {id: $id})
WHERE a.kind = 'agenda'
RETURN 'agenda' AS kind, a AS fact, m AS other
