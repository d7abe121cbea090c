// Rows: {props}: every property of a Meeting node from a backup (graph_service/stores/backup.py).
UNWIND $rows AS r
CREATE (n:Meeting)
SET n = r.props
