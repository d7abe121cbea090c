// Bureaus neither the registry nor a decision resolved, most mentioned first.
MATCH (b:Bureau)
WHERE b.resolved = false AND ($government IS NULL OR b.government = $government)
RETURN b
ORDER BY size(b.docs) DESC, b.id
LIMIT $limit
