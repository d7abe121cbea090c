// Plans on the agenda of exactly one meeting up to $as_of, that meeting on or before $cutoff,
// with the reports on the plan at that meeting, its agenda entries and its approval there. Every plan
// a document names gets an agenda edge from its meeting, so agenda edges alone tell the meetings a
// plan came to.
MATCH (p:PolicyPlan)
WHERE $government IS NULL OR p.government = $government
MATCH (m:Meeting)-[a:RELATED_TO]->(p)
WHERE a.kind = 'agenda' AND (m.date IS NULL OR m.date <= $as_of)
WITH p, collect(DISTINCT m) AS meetings
WHERE size(meetings) = 1 AND meetings[0].date <= $cutoff
WITH p, meetings[0] AS m
RETURN p, m, [(:Bureau)-[r:REPORTED]->(p) WHERE r.meeting = m.id | r] AS reports, [(m)-[g:RELATED_TO]->(p) WHERE g.kind IN ['agenda', 'approved'] | g] AS agenda
ORDER BY m.date, p.id
LIMIT $limit
