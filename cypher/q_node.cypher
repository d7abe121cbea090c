// The nodes with the given ids, each found through its label's id index.
MATCH (n:Meeting|Bureau|PolicyPlan|Initiative)
WHERE n.id IN $ids AND ($as_of IS NULL OR n.first <= $as_of)
RETURN n
