// A curator's decision (see graph_service/curation.py): stored as data, never a graph fact.
MERGE (d:Decision {id: $id})
SET d += $props
