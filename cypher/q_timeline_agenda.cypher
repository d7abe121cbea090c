// The meetings that had an initiative on their agenda, and the directives they gave collectives
// (all townships …) on it; the reports and directives to bureaus come from q_initiative_bureaus.
MATCH (m:Meeting)-[a:RELATED_TO]->(i:Initiative {id: $id})
WHERE a.kind = 'agenda' AND ($as_of IS NULL OR a.date <= $as_of)
RETURN 'agenda' AS kind, a AS fact, m AS other
UNION ALL
MATCH (m:Meeting)-[r:DIRECTED]->(i:Initiative {id: $id})
WHERE ($as_of IS NULL OR r.date <= $as_of)
RETURN 'collective' AS kind, r AS fact, m AS other
