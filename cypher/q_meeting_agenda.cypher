// The plans and initiatives on a meeting's agenda, with their item numbers.
MATCH (m:Meeting {id: $id})-[a:RELATED_TO]->(t)
WHERE a.kind = 'agenda'
RETURN a.item AS item, t
