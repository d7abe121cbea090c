// The initiatives a bureau co-owns, by the same three rules as q_initiative_bureaus.
MATCH (b:Bureau {id: $id})-[:REPORTED]->(i:Initiative)
RETURN i.id AS initiative
UNION
MATCH (b:Bureau {id: $id})-[:REPORTED]->(:PolicyPlan)-[k:RELATED_TO]->(i:Initiative)
WHERE k.kind = 'implements'
RETURN i.id AS initiative
UNION
MATCH (b:Bureau {id: $id})<-[r:DIRECTED]-(m:Meeting)-[a:RELATED_TO]->(i:Initiative)
WHERE a.kind = 'agenda' AND r.item = a.item AND r.doc = a.doc
RETURN i.id AS initiative
