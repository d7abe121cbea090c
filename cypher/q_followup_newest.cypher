// The newest meeting date of $government (of the whole graph when null): the default reference
// date ($as_of) of the follow-ups, so a government's lists are not measured against another's.
MATCH (m:Meeting)
WHERE m.date IS NOT NULL AND ($government IS NULL OR m.government = $government)
RETURN max(m.date) AS newest
