// name: existing_persons
// description: Every person already in the graph with what identity resolution compares:
//   spellings, mentions (document<TAB>name<TAB>aliases), merge evidence, and posts with dates.
// params: none
MATCH (p:Person)
OPTIONAL MATCH (p)-[:HOLDS]->(t:Tenure)-[:OF_POST]->(post:Post)
OPTIONAL MATCH (post)-[:POST_IN]->(o:Organization)
WITH p, collect(CASE WHEN t IS NULL THEN NULL ELSE
  {title: post.title, org: o.id, org_name: o.name, first: t.first_seen, last: t.last_seen} END) AS posts
RETURN p.id AS id, coalesce(p.names, [p.name]) AS names, coalesce(p.mentions, []) AS mentions,
       coalesce(p.merged_because, []) AS evidence, posts
