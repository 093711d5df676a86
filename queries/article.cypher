// name: article
// description: One article with its full text, and the people credited for it.
// param article_id: string, example "article:5f0c1d2e3a4b5c6d"  -- the Article's id
// param limit: int = 1  -- one row
MATCH (a:Article {id: $article_id})
CALL (a) {
  OPTIONAL MATCH (p:Person)-[r:REPORTED|EDITED|PHOTOGRAPHED]->(a)
  RETURN collect(DISTINCT toLower(type(r)) + ': ' + p.name)[..20] AS credits
}
RETURN a.id AS id, a.document AS document, a.title AS title, a.published AS published,
       a.language AS language, a.source AS source, a.url AS url, a.text AS text, credits
LIMIT $limit
