// Withdraws a curator's decision; the documents it touched are then resolved again.
MATCH (d:Decision {id: $id})
DELETE d
