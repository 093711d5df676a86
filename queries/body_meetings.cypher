// name: body_meetings
// description: The meetings a body (and the bodies part of it) held in a date range, newest
//   first, with their chairs.
// param body_id: string, example "org:5f0c1d2e3a4b5c6d"  -- the Organization's id
// param since: date = null, example "2024-01-01"  -- first day included (null: no bound)
// param until: date = null, example "2024-12-31"  -- last day included (null: no bound)
// param include_parts: bool = true  -- also meetings of bodies PART_OF it (up to 3 levels)
// param limit: int = 200  -- most rows returned
MATCH (o:Organization {id: $body_id})
MATCH (b:Organization)-[:PART_OF*0..3]->(o)
WHERE $include_parts OR b = o
WITH DISTINCT b
MATCH (b)<-[:ORGANIZED_BY]-(m:Meeting)
WHERE ($since IS NULL OR m.date >= $since) AND ($until IS NULL OR m.date <= $until)
WITH b, m ORDER BY m.date DESC, m.name LIMIT $limit
OPTIONAL MATCH (p:Person)-[:CHAIRED]->(m)
WITH b, m, collect(p.name) AS chairs
RETURN m.id AS id, m.date AS date, m.name AS meeting, b.name AS organizer, chairs
ORDER BY date DESC, meeting
