// Rows: {props}: every property of a Initiative node from a backup (graph_service/stores/backup.py).
UNWIND $rows AS r
CREATE (n:Initiative)
SET n = r.props
