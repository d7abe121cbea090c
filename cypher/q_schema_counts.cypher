// How many nodes of each graph label and edges of each graph type there are, for the console's
// schema list: a count per label or type, which both stores answer from their own counts instead
// of reading the nodes and edges.
MATCH (n:Meeting)
RETURN 'Meeting' AS name, count(n) AS count
UNION ALL
MATCH (n:Bureau)
RETURN 'Bureau' AS name, count(n) AS count
UNION ALL
MATCH (n:PolicyPlan)
RETURN 'PolicyPlan' AS name, count(n) AS count
UNION ALL
MATCH (n:Initiative)
RETURN 'Initiative' AS name, count(n) AS count
UNION ALL
MATCH ()-[e:REPORTED]->()
RETURN 'REPORTED' AS name, count(e) AS count
UNION ALL
MATCH ()-[e:DIRECTED]->()
RETURN 'DIRECTED' AS name, count(e) AS count
UNION ALL
MATCH ()-[e:RELATED_TO]->()
RETURN 'RELATED_TO' AS name, count(e) AS count
