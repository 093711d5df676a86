// name: chairs_of_body
// description: Who chaired the meetings of a body (and of the bodies part of it) in a date
//   range: one row per chair with how many meetings, the first and last date and a few names.
// param body_id: string, example "org:5f0c1d2e3a4b5c6d"  -- the Organization's id
// param since: date = null, example "2024-01-01"  -- first day included (null: no bound)
// param until: date = null, example "2024-12-31"  -- last day included (null: no bound)
// param include_parts: bool = true  -- also meetings of bodies PART_OF it (up to 3 levels)
// param limit: int = 100  -- most rows returned
MATCH (o:Organization {id: $body_id})
MATCH (b:Organization)-[:PART_OF*0..3]->(o)
WHERE $include_parts OR b = o
WITH DISTINCT b
MATCH (b)<-[:ORGANIZED_BY]-(m:Meeting)
WHERE ($since IS NULL OR m.date >= $since) AND ($until IS NULL OR m.date <= $until)
MATCH (p:Person)-[:CHAIRED]->(m)
WITH p, m ORDER BY m.date DESC
WITH p, count(DISTINCT m) AS meetings_chaired, min(m.date) AS first, max(m.date) AS last,
     collect(DISTINCT m.name)[..3] AS examples
RETURN p.id AS id, p.name AS chair, meetings_chaired, first, last, examples
ORDER BY meetings_chaired DESC, last DESC, chair
LIMIT $limit
