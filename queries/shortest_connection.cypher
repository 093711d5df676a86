// name: shortest_connection
// description: The shortest chains linking two officials through meetings, posts and bodies
//   (at most 10 steps): one row per step of each chain, with the relationship to the next.
// param from_id: string, example "person:5f0c1d2e3a4b5c6d"  -- one Person's id
// param to_id: string, example "person:6a1b2c3d4e5f6a7b"  -- the other Person's id
// param limit: int = 3  -- most chains returned
MATCH (a:Person {id: $from_id}), (b:Person {id: $to_id})
WHERE a <> b
MATCH path = allShortestPaths(
  (a)-[:CHAIRED|ATTENDED|HOLDS|OF_POST|POST_IN|PART_OF|ORGANIZED_BY|IMPLEMENTS*..10]-(b))
WITH path LIMIT $limit
WITH collect(path) AS paths
UNWIND range(0, size(paths) - 1) AS chain
WITH chain, paths[chain] AS path
UNWIND range(0, length(path)) AS step
WITH chain, step, path, nodes(path)[step] AS n
RETURN chain, step, head(labels(n)) AS kind, n.id AS id,
       coalesce(n.name, n.title,
                CASE WHEN n:Tenure THEN coalesce(n.first_seen, '?') + ' – ' + coalesce(n.last_seen, '?') END)
         AS name,
       n.date AS date,
       CASE WHEN step < length(path) THEN type(relationships(path)[step]) END AS next_via
ORDER BY chain, step
