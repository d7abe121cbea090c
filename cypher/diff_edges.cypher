// Before a group is written: which of the edges ($edges: {id, source, label}) the graph holds,
// asked only for edges whose ends are both in the graph and whose document or file it holds.
// The edge is found among its start node's edges (edges have no id index).
UNWIND $edges AS r
WITH r
WHERE r.label = 'Meeting'
MATCH (:Meeting {id: r.source})-[e]->()
WHERE e.id = r.id
RETURN e.id AS id
UNION ALL
UNWIND $edges AS r
WITH r
WHERE r.label = 'Bureau'
MATCH (:Bureau {id: r.source})-[e]->()
WHERE e.id = r.id
RETURN e.id AS id
UNION ALL
UNWIND $edges AS r
WITH r
WHERE r.label = 'PolicyPlan'
MATCH (:PolicyPlan {id: r.source})-[e]->()
WHERE e.id = r.id
RETURN e.id AS id
UNION ALL
UNWIND $edges AS r
WITH r
WHERE r.label = 'Initiative'
MATCH (:Initiative {id: r.source})-[e]->()
WHERE e.id = r.id
RETURN e.id AS id
