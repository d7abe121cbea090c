MATCH (n)
WHERE n.id = $id
RETURN n
