// The exact hits of a search, every one of them: nodes whose name is $q (rank 0), or one of whose
// aliases is (rank 1), found through the name indexes and the bureaus' alias index (schema.cypher:
// a full-text index with the keyword analyzer, one token per whole alias, as a range index does
// not serve a test of membership in a list), never by reading the terms index's hits. The alias
// is asked as a quoted phrase, its quotes and backslashes escaped. Shorter names first, then by
// id. One row: how many there are and the page asked for, each hit
// [id, label, name, government, rank, shared terms].
CALL {
MATCH (n:Meeting|Bureau|PolicyPlan|Initiative)
WHERE n.name = $q
RETURN n
UNION
CALL db.index.fulltext.queryNodes('bureau_aliases', '"' + replace(replace($q, '\\', '\\\\'), '"', '\\"') + '"')
YIELD node
RETURN node AS n
}
WITH n, labels(n)[0] AS label
WHERE label IN $labels AND ($as_of IS NULL OR n.first <= $as_of) AND ($government IS NULL OR n.government = $government)
WITH n, label, CASE WHEN n.name = $q THEN 0 ELSE 1 END AS rank
ORDER BY rank, size(n.name), n.id
WITH collect([n.id, label, n.name, n.government, rank, size($terms)]) AS ranked
RETURN size(ranked) AS read, size(ranked) AS total, ranked[$offset..$offset + $limit] AS page
