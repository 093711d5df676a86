// name: most_active_chairs
// description: The people who chaired the most meetings in a period.
// param since: date = "0001-01-01", example "2024-01-01"  -- first day included
// param until: date = "9999-12-31", example "2024-12-31"  -- last day included
// param limit: int = 20  -- most rows returned
MATCH (m:Meeting)
WHERE m.date >= $since AND m.date <= $until
MATCH (p:Person)-[:CHAIRED]->(m)
WITH p, count(DISTINCT m) AS meetings_chaired, min(m.date) AS first, max(m.date) AS last
RETURN p.id AS id, p.name AS chair, meetings_chaired, first, last
ORDER BY meetings_chaired DESC, last DESC, chair
LIMIT $limit
