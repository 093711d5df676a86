// name: meetings_with_chairs
// description: Meetings with their date, organizer and chairs, newest first.
// param limit: int = 200  -- most rows returned
MATCH (m:Meeting)
OPTIONAL MATCH (m)-[:ORGANIZED_BY]->(o:Organization)
OPTIONAL MATCH (p:Person)-[:CHAIRED]->(m)
// A chair known in both scripts shows both: "Luo Zhenyu (罗振宇)".
WITH m, o, collect(DISTINCT CASE WHEN p.name_zh IS NULL OR p.name_zh = p.name THEN p.name
                               ELSE p.name + ' (' + p.name_zh + ')' END) AS chairs
RETURN m.id AS id, m.date AS date, m.name AS meeting, o.name AS organizer, chairs
ORDER BY m.date DESC, m.name
LIMIT $limit
