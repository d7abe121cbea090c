// How many nodes of any label the graph holds: a restore refuses a graph that is not empty.
MATCH (n)
RETURN count(n) AS nodes
