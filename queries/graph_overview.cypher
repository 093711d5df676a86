// name: graph_overview
// description: How much the graph holds: people, bodies, posts, meetings, articles, claims
//   (each count comes from Neo4j's count store, so it is instant on any size).
// param limit: int = 1  -- one row
CALL () { MATCH (n:Person) RETURN count(n) AS people }
CALL () { MATCH (n:Organization) RETURN count(n) AS bodies }
CALL () { MATCH (n:Post) RETURN count(n) AS posts }
CALL () { MATCH (n:Meeting) RETURN count(n) AS meetings }
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
RETURN people, bodies, posts, meetings, articles, claims
LIMIT $limit
