// name: frequent_coparticipants
// description: The people a person most often met: shared meetings (any role), the last one.
// param person_id: string, example "person:5f0c1d2e3a4b5c6d"  -- the Person's id
// param since: date = null, example "2024-01-01"  -- first meeting day counted (null: no bound)
// param until: date = null, example "2024-12-31"  -- last meeting day counted (null: no bound)
// param limit: int = 20  -- most rows returned
MATCH (s:Person {id: $person_id})-[:CHAIRED|ATTENDED]->(m:Meeting)<-[:CHAIRED|ATTENDED]-(p:Person)
WHERE p <> s AND ($since IS NULL OR m.date >= $since) AND ($until IS NULL OR m.date <= $until)
WITH p, count(DISTINCT m) AS shared_meetings, max(m.date) AS last_met
RETURN p.id AS id, p.name AS person, shared_meetings, last_met
ORDER BY shared_meetings DESC, last_met DESC, person
LIMIT $limit
