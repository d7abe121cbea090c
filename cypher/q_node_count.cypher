// How many nodes of the graph's own labels it holds (the version node is not one): a restore
// refuses a graph that is not empty.
MATCH (n)
WHERE NOT 'GraphVersion' IN labels(n)
RETURN count(n) AS nodes
