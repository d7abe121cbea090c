// Whom a meeting directed to do what: named bureaus (directives to collectives sit on the item's
// initiative or plan, see q_meeting_decided).
MATCH (m:Meeting {id: $id})-[r:DIRECTED]->(b:Bureau)
RETURN b, r
