// Bureaus of the given governments, resolved or not: what an unresolved name may stand for.
MATCH (b:Bureau)
WHERE b.government IN $governments
RETURN b.government AS government, b.name AS name, b.id AS id, b.resolved AS resolved,
       size(b.docs) AS documents
