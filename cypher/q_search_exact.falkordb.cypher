// The exact hits of a search, every one of them: nodes whose name is $q (rank 0), or one of whose
// aliases is (rank 1), each found through its label's name index or the bureaus' alias index
// (schema.falkordb.cypher), never by reading the full-text index's hits. Shorter names first,
// then by id. One row: how many there are and the page asked for, each hit
// [id, label, name, government, rank, shared terms].
CALL {
MATCH (n:Meeting)
WHERE n.name = $q
RETURN n, 'Meeting' AS label
UNION
MATCH (n:Bureau)
WHERE n.name = $q OR $q IN n.aliases
RETURN n, 'Bureau' AS label
UNION
MATCH (n:PolicyPlan)
WHERE n.name = $q
RETURN n, 'PolicyPlan' AS label
UNION
MATCH (n:Initiative)
WHERE n.name = $q
RETURN n, 'Initiative' AS label
}
WITH n, label
WHERE label IN $labels AND ($as_of IS NULL OR n.first <= $as_of) AND ($government IS NULL OR n.government = $government)
WITH n, label, CASE WHEN n.name = $q THEN 0 ELSE 1 END AS rank
ORDER BY rank, size(n.name), n.id
WITH collect([n.id, label, n.name, n.government, rank, size($terms)]) AS ranked
RETURN size(ranked) AS read, size(ranked) AS total, ranked[$offset..$offset + $limit] AS page
