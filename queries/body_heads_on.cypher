// name: body_heads_on
// description: Who headed a body on a date: holders of its head posts (secretary, governor,
//   mayor, chairman, director, …) whose observed tenure covers the date, then those observed
//   within tolerance_days of it.
// param body_id: string, example "org:5f0c1d2e3a4b5c6d"  -- the Organization's id
// param date: date, example "2024-03-01"  -- the day asked about
// param tolerance_days: int = 0  -- also list heads observed this many days before/after
// param head_roles: list<string> = ["general_secretary","secretary","governor","mayor","chairman","director","premier","president"]  -- post roles that head a body
// param limit: int = 20  -- most rows returned
MATCH (o:Organization {id: $body_id})<-[:POST_IN]-(post:Post)
WHERE post.role IN $head_roles
MATCH (post)<-[:OF_POST]-(t:Tenure)<-[:HOLDS]-(p:Person)
WITH post, t, p, date($date) AS d,
     date(coalesce(t.first_seen, t.last_seen)) AS f, date(coalesce(t.last_seen, t.first_seen)) AS l
WITH post, t, p, CASE WHEN f <= d AND d <= l THEN 0
                      WHEN d < f THEN duration.inDays(d, f).days
                      ELSE duration.inDays(l, d).days END AS days_away
WHERE days_away <= $tolerance_days
RETURN p.id AS id, p.name AS person, post.id AS post_id, post.title AS title,
       t.first_seen AS first_seen, t.last_seen AS last_seen, days_away
ORDER BY days_away, last_seen DESC
LIMIT $limit
