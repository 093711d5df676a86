// name: meetings_with_chairs
// description: The newest dated meetings with their organizer and chairs (the front page).
//   The meeting_date index gives the order, so only `limit` meetings are read on any graph.
// param limit: int = 200  -- most rows returned
MATCH (m:Meeting)
WHERE m.date >= '0000'
WITH m ORDER BY m.date DESC, m.name LIMIT $limit
OPTIONAL MATCH (m)-[:ORGANIZED_BY]->(o:Organization)
OPTIONAL MATCH (p:Person)-[:CHAIRED]->(m)
// A chair known in both scripts shows both: "Luo Zhenyu (罗振宇)".
WITH m, head(collect(DISTINCT o)) AS o,
     collect(DISTINCT CASE WHEN p.name_zh IS NULL OR p.name_zh = p.name THEN p.name
                           ELSE p.name + ' (' + p.name_zh + ')' END) AS chairs
RETURN m.id AS id, m.date AS date, m.name AS meeting, o.name AS organizer, chairs
ORDER BY date DESC, meeting
