// The latest meetings for the home page: newest date first, undated meetings last.
MATCH (m:Meeting)
WHERE ($as_of IS NULL OR m.first <= $as_of)
RETURN m
ORDER BY coalesce(m.date, '') DESC, m.id
LIMIT $limit
