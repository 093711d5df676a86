// name: decision_list
// description: Every recorded analyst decision, oldest first (later ones override earlier ones).
// params: none
MATCH (d:Decision)
RETURN d.id AS id, d.kind AS kind, d.mentions AS mentions, d.others AS others,
       d.reason AS reason, d.at AS at
ORDER BY d.at, d.id
