// The latest meetings for the home page: newest date first, undated meetings last.
MATCH (m:Meeting)
RETURN m
ORDER BY coalesce(m.date, '') DESC, m.id
LIMIT $limit
