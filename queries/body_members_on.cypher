// name: body_members_on
// description: Members of a body as of a date: everyone holding a post in it (or in a body
//   PART_OF it, up to 2 levels) whose observed tenure covers the date, or is within
//   tolerance_days of it; one row per person with their posts there.
// param body_id: string, example "org:5f0c1d2e3a4b5c6d"  -- the Organization's id
// param date: date, example "2024-03-01"  -- the day asked about
// param tolerance_days: int = 0  -- also count posts observed this many days before/after
// param limit: int = 200  -- most rows returned
MATCH (o:Organization {id: $body_id})
MATCH (b:Organization)-[:PART_OF*0..2]->(o)
WITH DISTINCT b
MATCH (b)<-[:POST_IN]-(post:Post)<-[:OF_POST]-(t:Tenure)<-[:HOLDS]-(p:Person)
WITH b, post, t, p, date($date) AS d,
     date(coalesce(t.first_seen, t.last_seen)) AS f, date(coalesce(t.last_seen, t.first_seen)) AS l
WITH b, post, p, CASE WHEN f <= d AND d <= l THEN 0
                      WHEN d < f THEN duration.inDays(d, f).days
                      ELSE duration.inDays(l, d).days END AS days_away
WHERE days_away <= $tolerance_days
WITH p, min(days_away) AS days_away, collect(DISTINCT post.title + ', ' + b.name) AS posts
RETURN p.id AS id, p.name AS person, posts, days_away
ORDER BY days_away, person
LIMIT $limit
