// name: fact_sources
// description: The sources of one fact (a Tenure, Participation, Meeting or Implementation):
//   each claim's quote, offsets, rule and confidence, and its article.
// param fact_id: string, example "tenure:5f0c1d2e3a4b5c6d"  -- the fact node's id
// param limit: int = 50  -- most rows returned
CALL () {
  MATCH (f:Tenure {id: $fact_id}) RETURN f
  UNION
  MATCH (f:Participation {id: $fact_id}) RETURN f
  UNION
  MATCH (f:Meeting {id: $fact_id}) RETURN f
  UNION
  MATCH (f:Implementation {id: $fact_id}) RETURN f
}
MATCH (f)<-[:ASSERTS]-(c:Claim)-[:IN_ARTICLE]->(a:Article)
RETURN head(labels(f)) AS fact, c.quote AS quote, c.start AS start, c.end AS end,
       c.rule AS rule, c.confidence AS confidence, a.id AS article_id, a.title AS article,
       a.published AS published, a.source AS source
ORDER BY published DESC, start
LIMIT $limit
