// A load's record (see graph_service/loading/history.py): who, when, which files, what changed.
MERGE (l:Load {id: $id})
SET l.at = $at, l.by = $by, l.via = $via, l.record = $record
