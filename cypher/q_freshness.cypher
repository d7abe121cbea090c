// How fresh the graph is: the newest meeting date, and when and by whom it was last loaded.
OPTIONAL MATCH (m:Meeting)
WHERE m.date IS NOT NULL
WITH m
ORDER BY m.date DESC
LIMIT 1
WITH m.date AS newest_meeting
OPTIONAL MATCH (l:Load)
WITH newest_meeting, l
ORDER BY l.at DESC
LIMIT 1
RETURN newest_meeting, l.at AS last_load, l.by AS last_by
