// name: network_expand
// description: One step of the network explorer: the neighbours of some nodes (people,
//   meetings, bodies, posts, places) through the chosen relationship types, keeping meetings
//   in the date range and, when asked, of one body (or its parts) or one place. HOLDS is shown
//   person → post (the Tenure folded into the edge, with its dates). One row per edge.
// param ids: list<string>, example ["person:5f0c1d2e3a4b5c6d"]  -- the nodes to expand
// param types: list<string> = ["CHAIRED","ATTENDED","ORGANIZED_BY","IMPLEMENTS","PART_OF","POST_IN","HOLDS","JURISDICTION"]  -- relationship types followed
// param since: date = null, example "2024-01-01"  -- meetings from this day (null: no bound)
// param until: date = null, example "2024-12-31"  -- meetings up to this day (null: no bound)
// param body_id: string = null, example "org:5f0c1d2e3a4b5c6d"  -- only meetings and posts of this body or its parts
// param place: string = null, example "Lanshan"  -- only meetings at or organized in this place (part of its name)
// param limit: int = 300  -- most edges returned
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Person {id: id}) RETURN n
  UNION
  MATCH (n:Meeting {id: id}) RETURN n
  UNION
  MATCH (n:Organization {id: id}) RETURN n
  UNION
  MATCH (n:Post {id: id}) RETURN n
  UNION
  MATCH (n:Place {id: id}) RETURN n
}
CALL (n) {
  MATCH (n)-[r:CHAIRED|ATTENDED|ORGANIZED_BY|IMPLEMENTS|PART_OF|POST_IN|JURISDICTION]-(x)
  WHERE type(r) IN $types
  RETURN startNode(r) AS a, endNode(r) AS b, type(r) AS type, r.role AS role,
         null AS first_seen, null AS last_seen, x
  UNION
  MATCH (n:Person)-[:HOLDS]->(t:Tenure)-[:OF_POST]->(x:Post)
  WHERE 'HOLDS' IN $types
    AND ($until IS NULL OR coalesce(t.first_seen, t.last_seen) <= $until)
    AND ($since IS NULL OR coalesce(t.last_seen, t.first_seen) >= $since)
  RETURN n AS a, x AS b, 'HOLDS' AS type, null AS role, t.first_seen AS first_seen,
         t.last_seen AS last_seen, x
  UNION
  MATCH (n:Post)<-[:OF_POST]-(t:Tenure)<-[:HOLDS]-(x:Person)
  WHERE 'HOLDS' IN $types
    AND ($until IS NULL OR coalesce(t.first_seen, t.last_seen) <= $until)
    AND ($since IS NULL OR coalesce(t.last_seen, t.first_seen) >= $since)
  RETURN x AS a, n AS b, 'HOLDS' AS type, null AS role, t.first_seen AS first_seen,
         t.last_seen AS last_seen, x
}
WITH a, b, type, role, first_seen, last_seen, x
WHERE (NOT x:Meeting
       OR (($since IS NULL OR x.date >= $since) AND ($until IS NULL OR x.date <= $until)
           AND ($body_id IS NULL OR EXISTS {
                 (x)-[:ORGANIZED_BY]->(:Organization)-[:PART_OF*0..3]->(:Organization {id: $body_id}) })
           AND ($place IS NULL OR x.location CONTAINS $place OR EXISTS {
                 (x)-[:ORGANIZED_BY]->(:Organization)-[:JURISDICTION]->(pl:Place)
                 WHERE pl.name CONTAINS $place OR pl.name_zh CONTAINS $place })))
  AND (NOT x:Post OR $body_id IS NULL
       OR EXISTS { (x)-[:POST_IN]->(:Organization)-[:PART_OF*0..3]->(:Organization {id: $body_id}) })
WITH DISTINCT a, b, type, role, first_seen, last_seen
LIMIT $limit
RETURN a {.id, .name, .title, .date, .role, .kind, label: head(labels(a))} AS source,
       b {.id, .name, .title, .date, .role, .kind, label: head(labels(b))} AS target,
       type, role, first_seen, last_seen
