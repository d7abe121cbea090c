// Rows: {props}: every property of a Bureau node from a backup (graph_service/stores/backup.py).
UNWIND $rows AS r
CREATE (n:Bureau)
SET n = r.props
