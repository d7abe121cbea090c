// Directives to a collective addressee (各相关部门 …), kept on the item's initiative.
// Rows: {id, source, target, props, loaded_at, load}; the rows parameter of merge_X is $X.
// loaded_at and load: when the graph learned the fact, kept when a later load finds it again.
UNWIND $directed_group_initiative AS r
MATCH (a:Meeting {id: r.source})
MATCH (b:Initiative {id: r.target})
MERGE (a)-[e:DIRECTED {id: r.id}]->(b)
ON CREATE SET e.loaded_at = r.loaded_at, e.load = r.load
SET e += r.props
