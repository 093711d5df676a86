// name: post_holders_on
// description: Who held a post on a date: tenures whose observed span covers the date first
//   (days_away = 0), then those observed within tolerance_days of it, nearest first.
// param post_id: string, example "post:5f0c1d2e3a4b5c6d"  -- the Post's id
// param date: date, example "2024-03-01"  -- the day asked about
// param tolerance_days: int = 0  -- also list holders observed this many days before/after
// param limit: int = 20  -- most rows returned
MATCH (post:Post {id: $post_id})<-[:OF_POST]-(t:Tenure)<-[:HOLDS]-(p:Person)
WITH post, t, p, date($date) AS d,
     date(coalesce(t.first_seen, t.last_seen)) AS f, date(coalesce(t.last_seen, t.first_seen)) AS l
WITH post, t, p, CASE WHEN f <= d AND d <= l THEN 0
                      WHEN d < f THEN duration.inDays(d, f).days
                      ELSE duration.inDays(l, d).days END AS days_away
WHERE days_away <= $tolerance_days
OPTIONAL MATCH (post)-[:POST_IN]->(o:Organization)
RETURN p.id AS id, p.name AS person, post.title AS title, o.name AS body,
       t.first_seen AS first_seen, t.last_seen AS last_seen, days_away
ORDER BY days_away, last_seen DESC
LIMIT $limit
