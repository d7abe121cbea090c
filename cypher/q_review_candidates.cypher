// Resolved bureaus of the given governments: what an unresolved name may stand for.
MATCH (b:Bureau)
WHERE b.government IN $governments AND b.resolved = true
RETURN b.government AS government, b.name AS name, b.id AS id, size(b.docs) AS documents
