// Rows: {props}: every property of a Load node from a backup (graph_service/stores/backup.py).
UNWIND $rows AS r
CREATE (n:Load)
SET n = r.props
