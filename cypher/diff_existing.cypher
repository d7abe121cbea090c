// Dry run of a write: which of the batch's node ids ($nodes) and edges ($edges: {id, source})
// the graph already holds. Every node has one of the four labels, so each lookup uses an index.
UNWIND $nodes AS id
MATCH (n:Meeting {id: id})
RETURN n.id AS id
UNION ALL
UNWIND $nodes AS id
MATCH (n:Bureau {id: id})
RETURN n.id AS id
UNION ALL
UNWIND $nodes AS id
MATCH (n:PolicyPlan {id: id})
RETURN n.id AS id
UNION ALL
UNWIND $nodes AS id
MATCH (n:Initiative {id: id})
RETURN n.id AS id
UNION ALL
UNWIND $edges AS r
MATCH (:Meeting {id: r.source})-[e]->()
WHERE e.id = r.id
RETURN e.id AS id
UNION ALL
UNWIND $edges AS r
MATCH (:Bureau {id: r.source})-[e]->()
WHERE e.id = r.id
RETURN e.id AS id
UNION ALL
UNWIND $edges AS r
MATCH (:PolicyPlan {id: r.source})-[e]->()
WHERE e.id = r.id
RETURN e.id AS id
UNION ALL
UNWIND $edges AS r
MATCH (:Initiative {id: r.source})-[e]->()
WHERE e.id = r.id
RETURN e.id AS id
