// Initiatives on the agenda of at least $min_meetings meetings: how many, the first and last
// dates, most meetings first. Undated agenda entries count as meetings but not for the span.
MATCH (m:Meeting)-[a:RELATED_TO]->(i:Initiative)
WHERE a.kind = 'agenda' AND ($government IS NULL OR i.government = $government) AND ($as_of IS NULL OR a.date <= $as_of)
WITH i, count(DISTINCT m) AS meetings, min(a.date) AS first, max(a.date) AS last
WHERE meetings >= $min_meetings
RETURN i, meetings, first, last
ORDER BY meetings DESC, i.id
LIMIT $limit
