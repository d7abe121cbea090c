// Rows: {props}: every property of a PolicyPlan node from a backup (graph_service/stores/backup.py).
UNWIND $rows AS r
CREATE (n:PolicyPlan)
SET n = r.props
