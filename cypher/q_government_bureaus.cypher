// Every bureau of one government, resolved or not: the targets a curator may merge a name into.
MATCH (b:Bureau)
WHERE b.government = $government
RETURN b.id AS id, b.name AS name, b.resolved AS resolved, size(b.docs) AS documents
ORDER BY name
