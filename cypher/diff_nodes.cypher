// Before a group is written: which of its node ids ($nodes) the graph holds, and for meetings the
// documents they list (a document whose meeting does not list it has no edge in the graph yet:
// see diff_edges). Every node has one of the four labels, so each lookup uses an index.
UNWIND $nodes AS id
MATCH (n:Meeting {id: id})
RETURN n.id AS id, n.docs AS docs
UNION ALL
UNWIND $nodes AS id
MATCH (n:Bureau {id: id})
RETURN n.id AS id, [] AS docs
UNION ALL
UNWIND $nodes AS id
MATCH (n:PolicyPlan {id: id})
RETURN n.id AS id, [] AS docs
UNION ALL
UNWIND $nodes AS id
MATCH (n:Initiative {id: id})
RETURN n.id AS id, [] AS docs
