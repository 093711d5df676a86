// name: person_posts
// description: The posts a person held over time (one row per tenure: first and last date it
//   was observed), oldest first; `latest` marks those seen most recently.
// param person_id: string, example "person:5f0c1d2e3a4b5c6d"  -- the Person's id
// param limit: int = 100  -- most rows returned
MATCH (:Person {id: $person_id})-[:HOLDS]->(t:Tenure)-[:OF_POST]->(post:Post)
OPTIONAL MATCH (post)-[:POST_IN]->(o:Organization)
WITH t, post, head(collect(o)) AS o
ORDER BY coalesce(t.first_seen, t.last_seen), post.title
LIMIT $limit
OPTIONAL MATCH (c:Claim)-[:ASSERTS]->(t)
WITH t, post, o, count(c) AS sources
WITH collect({t: t, post: post, o: o, sources: sources}) AS rows,
     max(coalesce(t.last_seen, t.first_seen)) AS newest
UNWIND rows AS r
RETURN r.t.id AS tenure_id, r.post.id AS post_id, r.post.title AS title, r.post.role AS role,
       r.o.id AS body_id, r.o.name AS body, r.t.first_seen AS first_seen,
       r.t.last_seen AS last_seen, coalesce(r.t.last_seen, r.t.first_seen) = newest AS latest,
       r.sources AS sources
ORDER BY coalesce(first_seen, last_seen), title
