// Load records, newest first.
MATCH (l:Load)
RETURN l.record AS record
ORDER BY l.at DESC, l.id DESC
SKIP $skip
LIMIT $limit
