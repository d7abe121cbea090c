// A search in one government, after its exact hits: that government's nodes (found through the
// government index of each label, schema.cypher: about a hundred nodes for a government of the
// synthetic corpus, at any size of the graph) holding half the query's terms or more, by the
// number of terms they hold, shorter names first, then by id, every one of them ranked: the
// nodes with every term come first, as the second part ranks them, then those with half the
// terms, as the third part does. The exact hits are left out (q_search_exact gives them). One
// row: how many were read and ranked, and the page, each hit [id, label, name, government, rank,
// shared terms].
CALL {
MATCH (n:Meeting)
WHERE n.government = $government
RETURN n, 'Meeting' AS label
UNION
MATCH (n:Bureau)
WHERE n.government = $government
RETURN n, 'Bureau' AS label
UNION
MATCH (n:PolicyPlan)
WHERE n.government = $government
RETURN n, 'PolicyPlan' AS label
UNION
MATCH (n:Initiative)
WHERE n.government = $government
RETURN n, 'Initiative' AS label
}
WITH n, label
WHERE label IN $labels AND ($as_of IS NULL OR n.first <= $as_of) AND NOT (n.name = $q OR $q IN coalesce(n.aliases, []))
WITH n, label, split(coalesce(n.terms, ''), ' ') AS have
WITH n, label, size([term IN $terms WHERE term IN have]) AS shared
WHERE shared * 2 >= size($terms)
WITH n, label, shared
ORDER BY shared DESC, size(n.name), n.id
WITH collect([n.id, label, n.name, n.government, 2, shared]) AS ranked
RETURN size(ranked) AS read, size(ranked) AS total, ranked[$offset..$offset + $limit] AS page
