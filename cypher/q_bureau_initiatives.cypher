// The initiatives a bureau co-owns, by the same three rules as q_initiative_bureaus.
MATCH (b:Bureau {id: $id})-[r:REPORTED]->(i:Initiative)
WHERE ($as_of IS NULL OR r.date <= $as_of)
RETURN i.id AS initiative
UNION
MATCH (b:Bureau {id: $id})-[r:REPORTED]->(:PolicyPlan)-[k:RELATED_TO]->(i:Initiative)
WHERE k.kind = 'implements' AND ($as_of IS NULL OR r.date <= $as_of)
RETURN i.id AS initiative
UNION
MATCH (b:Bureau {id: $id})<-[r:DIRECTED]-(m:Meeting)-[a:RELATED_TO]->(i:Initiative)
WHERE a.kind = 'agenda' AND r.item = a.item AND r.doc = a.doc AND ($as_of IS NULL OR r.date <= $as_of)
RETURN i.id AS initiative
