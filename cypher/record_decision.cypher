// A curator's decision (see graph_service/curation/rewrite.py): stored as data, never a graph fact.
MERGE (d:Decision {id: $id})
SET d += $props
