// name: tenure_refresh
// description: Each tenure's first and last observed dates, recomputed from the articles whose
//   claims assert it (so loading and retracting in any order give the same dates).
// params: $ids: list of tenure ids, or null for all
MATCH (t:Tenure)
WHERE $ids IS NULL OR t.id IN $ids
OPTIONAL MATCH (t)<-[:ASSERTS]-(:Claim)-[:IN_ARTICLE]->(a:Article)
WITH t, min(coalesce(a.observed, a.published)) AS first, max(coalesce(a.observed, a.published)) AS last
SET t.first_seen = first, t.last_seen = last
