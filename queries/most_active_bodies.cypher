// name: most_active_bodies
// description: The bodies that held the most meetings in a period, with how many people
//   chaired them.
// param since: date = "0001-01-01", example "2024-01-01"  -- first day included
// param until: date = "9999-12-31", example "2024-12-31"  -- last day included
// param limit: int = 20  -- most rows returned
MATCH (m:Meeting)
WHERE m.date >= $since AND m.date <= $until
MATCH (m)-[:ORGANIZED_BY]->(o:Organization)
OPTIONAL MATCH (p:Person)-[:CHAIRED]->(m)
WITH o, count(DISTINCT m) AS meetings, count(DISTINCT p) AS chairs,
     min(m.date) AS first, max(m.date) AS last
RETURN o.id AS id, o.name AS body, meetings, chairs, first, last
ORDER BY meetings DESC, last DESC, body
LIMIT $limit
