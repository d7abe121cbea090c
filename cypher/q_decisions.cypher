// Every curator's decision, oldest first: later decisions win over earlier ones.
MATCH (d:Decision)
RETURN properties(d) AS decision
ORDER BY d.at, d.id
