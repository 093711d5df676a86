// name: body_posts
// description: The posts of a body and who held them: one row per tenure, heads first, most
//   recently seen first.
// param body_id: string, example "org:5f0c1d2e3a4b5c6d"  -- the Organization's id
// param limit: int = 200  -- most rows returned
MATCH (:Organization {id: $body_id})<-[:POST_IN]-(post:Post)
OPTIONAL MATCH (post)<-[:OF_POST]-(t:Tenure)<-[:HOLDS]-(p:Person)
WITH post, t, p,
     CASE WHEN post.role IN ['general_secretary', 'secretary', 'governor', 'mayor', 'chairman',
                             'director', 'premier', 'president'] THEN 0
          WHEN post.role STARTS WITH 'deputy' OR post.role STARTS WITH 'vice' THEN 1
          ELSE 2 END AS rank
RETURN post.id AS post_id, post.title AS title, post.role AS role, p.id AS person_id,
       p.name AS person, t.first_seen AS first_seen, t.last_seen AS last_seen
ORDER BY rank, title, last_seen DESC
LIMIT $limit
