// name: meeting_participants
// description: Who took part in a meeting and in what role, chairs first, each with the posts
//   they held around the meeting's date (tenures observed within tolerance_days of it).
// param meeting_id: string, example "meeting:5f0c1d2e3a4b5c6d"  -- the Meeting's id
// param tolerance_days: int = 31  -- how far from the meeting date a post's observation may be
// param limit: int = 300  -- most rows returned
MATCH (m:Meeting {id: $meeting_id})<-[:IN_MEETING]-(pa:Participation)<-[:TOOK_PART]-(p:Person)
WITH m, p, collect(DISTINCT pa.role) AS roles
WITH m, p, roles,
     reduce(best = 9, r IN roles | CASE
       WHEN r = 'chair' AND best > 0 THEN 0 WHEN r = 'reporter' AND best > 1 THEN 1
       WHEN r = 'speaker' AND best > 2 THEN 2 WHEN r = 'attendee' AND best > 3 THEN 3
       WHEN r = 'nonvoting' AND best > 4 THEN 4 ELSE best END) AS rank
ORDER BY rank, p.name
LIMIT $limit
CALL (m, p) {
  OPTIONAL MATCH (p)-[:HOLDS]->(t:Tenure)-[:OF_POST]->(post:Post)
  WHERE m.date IS NULL
     OR (date(coalesce(t.first_seen, t.last_seen)) <= date(m.date) + duration({days: $tolerance_days})
         AND date(coalesce(t.last_seen, t.first_seen)) >= date(m.date) - duration({days: $tolerance_days}))
  OPTIONAL MATCH (post)-[:POST_IN]->(o:Organization)
  WITH post, o ORDER BY post.title
  RETURN collect(DISTINCT post.title + coalesce(', ' + o.name, ''))[..5] AS posts
}
RETURN p.id AS id, p.name AS person, roles, posts
ORDER BY rank, person
