// name: meetings_chaired_by
// description: Meetings a person chaired, newest first, with their organizer and place.
// param person_id: string, example "person:5f0c1d2e3a4b5c6d"  -- the Person's id
// param since: date = null, example "2024-01-01"  -- first day included (null: no bound)
// param until: date = null, example "2024-12-31"  -- last day included (null: no bound)
// param limit: int = 200  -- most rows returned
MATCH (:Person {id: $person_id})-[:CHAIRED]->(m:Meeting)
WHERE ($since IS NULL OR m.date >= $since) AND ($until IS NULL OR m.date <= $until)
WITH m
ORDER BY m.date DESC, m.name
LIMIT $limit
OPTIONAL MATCH (m)-[:ORGANIZED_BY]->(o:Organization)
WITH m, head(collect(o)) AS o
RETURN m.id AS id, m.date AS date, m.name AS meeting, m.location AS location,
       o.id AS organizer_id, o.name AS organizer
ORDER BY date DESC, meeting
