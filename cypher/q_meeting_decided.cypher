// What a meeting decided besides directing bureaus: its directives to collectives (on an item's
// initiative or plan) and the plans it approved, each with its item and sentence.
MATCH (m:Meeting {id: $id})-[r:DIRECTED]->(t)
WHERE r.group = true
RETURN r, t
UNION ALL
MATCH (m:Meeting {id: $id})-[r:RELATED_TO]->(t)
WHERE r.kind = 'approved'
RETURN r, t
