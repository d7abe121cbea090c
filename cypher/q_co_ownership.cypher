// Every co-owner fact of the graph as (bureau, initiative, role), by the rules of
// q_initiative_bureaus; the whole graph (or the bureaus of $government), for the bureau network.
MATCH (b:Bureau)-[r:REPORTED]->(i:Initiative)
WHERE ($as_of IS NULL OR r.date <= $as_of) AND ($government IS NULL OR b.government = $government)
RETURN b.id AS bureau, b.name AS name, b.government AS government, i.id AS initiative, r.role AS role
UNION ALL
MATCH (b:Bureau)-[r:REPORTED]->(:PolicyPlan)-[k:RELATED_TO]->(i:Initiative)
WHERE k.kind = 'implements' AND ($as_of IS NULL OR r.date <= $as_of) AND ($government IS NULL OR b.government = $government)
RETURN b.id AS bureau, b.name AS name, b.government AS government, i.id AS initiative, r.role AS role
UNION ALL
MATCH (m:Meeting)-[a:RELATED_TO]->(i:Initiative)
WHERE a.kind = 'agenda' AND ($as_of IS NULL OR a.date <= $as_of)
MATCH (m)-[r:DIRECTED]->(b:Bureau)
WHERE r.item = a.item AND r.doc = a.doc AND ($government IS NULL OR b.government = $government)
RETURN b.id AS bureau, b.name AS name, b.government AS government, i.id AS initiative, 'directed' AS role
