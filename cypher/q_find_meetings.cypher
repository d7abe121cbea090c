// Meetings by date, by document number (a part of it) and by ordinal, each criterion left out when null;
// newest first.
MATCH (m:Meeting)
WHERE ($date IS NULL OR m.date = $date) AND ($doc_number IS NULL OR m.doc_number CONTAINS $doc_number) AND ($ordinal IS NULL OR m.ordinal = $ordinal) AND ($government IS NULL OR m.government = $government)
RETURN m
ORDER BY coalesce(m.date, '') DESC, m.id
LIMIT $limit
