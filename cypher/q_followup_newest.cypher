// The newest meeting date in the graph: the default reference date ($as_of) of the follow-ups.
MATCH (m:Meeting)
WHERE m.date IS NOT NULL
RETURN max(m.date) AS newest
