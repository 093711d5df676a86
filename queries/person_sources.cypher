// name: person_sources
// description: Every quoted source about a person: the claims behind their posts and their
//   meeting participations, with the fact each supports and the article, newest first.
// param person_id: string, example "person:5f0c1d2e3a4b5c6d"  -- the Person's id
// param limit: int = 200  -- most rows returned
MATCH (p:Person {id: $person_id})
CALL (p) {
  MATCH (p)-[:HOLDS]->(t:Tenure)-[:OF_POST]->(post:Post)
  OPTIONAL MATCH (post)-[:POST_IN]->(o:Organization)
  RETURN t AS f, 'post' AS kind, post.title + coalesce(', ' + o.name, '') AS fact
  UNION
  MATCH (p)-[:TOOK_PART]->(pa:Participation)-[:IN_MEETING]->(m:Meeting)
  RETURN pa AS f, 'meeting' AS kind,
         coalesce(pa.role, 'took part') + ': ' + m.name + coalesce(' (' + m.date + ')', '') AS fact
}
MATCH (f)<-[:ASSERTS]-(c:Claim)-[:IN_ARTICLE]->(a:Article)
RETURN kind, fact, c.quote AS quote, c.start AS start, c.end AS end, c.rule AS rule,
       c.confidence AS confidence, a.id AS article_id, a.title AS article, a.published AS published
ORDER BY published DESC, article_id, start
LIMIT $limit
