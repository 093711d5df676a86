// name: most_active_bodies
// description: The bodies that held the most meetings in a period, with how many people
//   chaired them. Bounded: by default the period is the 365 days up to the newest meeting
//   in the graph (a range seek on the meeting_date index), never all meetings of all time.
// param since: date = null, example "2024-01-01"  -- first day included (null: 364 days before `until`)
// param until: date = null, example "2024-12-31"  -- last day included (null: the newest meeting's day)
// param limit: int = 20  -- most rows returned
CALL () {
  MATCH (n:Meeting) WHERE n.date IS NOT NULL
  RETURN n.date AS newest ORDER BY n.date DESC LIMIT 1
}
WITH coalesce($until, newest) AS until
WITH until, coalesce($since, toString(date(until) - duration({days: 364}))) AS since
MATCH (m:Meeting)
WHERE m.date >= since AND m.date <= until
MATCH (m)-[:ORGANIZED_BY]->(o:Organization)
WITH o, count(m) AS meetings, collect(m) AS held, min(m.date) AS first, max(m.date) AS last,
     since, until
ORDER BY meetings DESC, last DESC, o.name
LIMIT $limit
// Chairs are counted for the ranked bodies only, not for every meeting of the period.
CALL (held) {
  UNWIND held AS m
  OPTIONAL MATCH (p:Person)-[:CHAIRED]->(m)
  RETURN count(DISTINCT p) AS chairs
}
RETURN o.id AS id, o.name AS body, meetings, chairs, first, last, since AS period_from,
       until AS period_to
ORDER BY meetings DESC, last DESC, body
