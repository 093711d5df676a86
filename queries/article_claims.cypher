// name: article_claims
// description: The claims read in one article, in text order: offsets, quote, rule and the
//   kind of fact each asserts.
// param article_id: string, example "article:5f0c1d2e3a4b5c6d"  -- the Article's id
// param limit: int = 1000  -- most rows returned
MATCH (:Article {id: $article_id})<-[:IN_ARTICLE]-(c:Claim)
OPTIONAL MATCH (c)-[:ASSERTS]->(f)
RETURN c.id AS id, c.start AS start, c.end AS end, c.quote AS quote, c.rule AS rule,
       c.confidence AS confidence, head(labels(f)) AS fact, f.id AS fact_id
ORDER BY start, end
LIMIT $limit
