// name: meetings_with_chairs
// description: Meetings with their date, organizer and chairs, newest first.
// param limit: int = 200  -- most rows returned
MATCH (m:Meeting)
OPTIONAL MATCH (m)-[:ORGANIZED_BY]->(o:Organization)
OPTIONAL MATCH (p:Person)-[:CHAIRED]->(m)
WITH m, o, collect(DISTINCT p.name) AS chairs
RETURN m.id AS id, m.date AS date, m.name AS meeting, o.name AS organizer, chairs
ORDER BY m.date DESC, m.name
LIMIT $limit
