// name: meetings_of_person
// description: Every meeting a person took part in (chaired, attended, spoke, reported,
//   non-voting), newest first, with the role(s) and the organizer.
// param person_id: string, example "person:5f0c1d2e3a4b5c6d"  -- the Person's id
// param since: date = null, example "2024-01-01"  -- first day included (null: no bound)
// param until: date = null, example "2024-12-31"  -- last day included (null: no bound)
// param limit: int = 200  -- most rows returned
MATCH (:Person {id: $person_id})-[:TOOK_PART]->(pa:Participation)-[:IN_MEETING]->(m:Meeting)
WHERE ($since IS NULL OR m.date >= $since) AND ($until IS NULL OR m.date <= $until)
WITH m, collect(DISTINCT pa.role) AS roles
ORDER BY m.date DESC, m.name
LIMIT $limit
OPTIONAL MATCH (m)-[:ORGANIZED_BY]->(o:Organization)
WITH m, roles, head(collect(o)) AS o
RETURN m.id AS id, m.date AS date, m.name AS meeting, roles,
       o.id AS organizer_id, o.name AS organizer
ORDER BY date DESC, meeting
