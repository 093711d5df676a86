// name: articles_by_document
// description: Articles by document name (file name, or name#line for JSON lines), with how
//   many claims, people and meetings were read in each — the ingest report's table.
// param documents: list<string>, example ["en_report.txt"]  -- document names
// param limit: int = 500  -- most rows returned
UNWIND $documents AS doc
MATCH (a:Article {document: doc})
CALL (a) {
  OPTIONAL MATCH (a)<-[:IN_ARTICLE]-(c:Claim)
  OPTIONAL MATCH (c)-[:ASSERTS]->(f)
  OPTIONAL MATCH (f)<-[:TOOK_PART|HOLDS]-(p:Person)
  OPTIONAL MATCH (f)-[:IN_MEETING]->(m1:Meeting)
  RETURN count(DISTINCT c) AS claims, count(DISTINCT p) AS people,
         count(DISTINCT CASE WHEN f:Meeting THEN f ELSE m1 END) AS meetings
}
RETURN a.id AS id, a.document AS document, a.title AS title, a.published AS published,
       a.language AS language, claims, people, meetings
ORDER BY document
LIMIT $limit
