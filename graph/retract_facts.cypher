// name: retract_facts
// description: Remove one article, its claims, and every fact no other article's claim asserts;
//   then the meetings and posts in $meetings / $posts that nothing holds any more.
//   Statements separated by `;`, run in order in one transaction.
// params: $document: document name; $meetings, $posts: ids in scope (from retract_scope)
MATCH (:Article {document: $document})<-[:IN_ARTICLE]-(c:Claim)
OPTIONAL MATCH (c)-[:ASSERTS]->(f)
WITH collect(DISTINCT c) AS claims, collect(DISTINCT f) AS facts
FOREACH (c IN claims | DETACH DELETE c)
WITH facts
UNWIND facts AS f
WITH f WHERE NOT EXISTS { (f)<-[:ASSERTS]-(:Claim) }
DETACH DELETE f;
MATCH (a:Article {document: $document}) DETACH DELETE a;
MATCH (m:Meeting) WHERE m.id IN $meetings
  AND NOT EXISTS { (m)<-[:ASSERTS]-(:Claim) }
  AND NOT EXISTS { (m)<-[:OF|BY]-(:Implementation) }
  AND NOT EXISTS { (m)<-[:IN_MEETING]-(:Participation) }
DETACH DELETE m;
MATCH (q:Post) WHERE q.id IN $posts AND NOT EXISTS { (q)<-[:OF_POST]-(:Tenure) }
DETACH DELETE q
