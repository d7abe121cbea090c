// Rows: {props}: every property of a Decision node from a backup (graph_service/stores/backup.py).
UNWIND $rows AS r
CREATE (n:Decision)
SET n = r.props
