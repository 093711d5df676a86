// name: meeting_cascade
// description: The cascade of a meeting: meetings that implement or convey it, and those that
//   implement them, transitively, up to `depth` levels (at most 6); one row per meeting with
//   its level and the meeting(s) of the cascade it conveys.
// param meeting_id: string, example "meeting:5f0c1d2e3a4b5c6d"  -- the Meeting at the top
// param depth: int = 6, example 3  -- levels followed (1 to 6)
// param limit: int = 500  -- most meetings returned
MATCH (root:Meeting {id: $meeting_id})
MATCH path = (x:Meeting)-[:IMPLEMENTS*1..6]->(root)
WITH root, x, min(length(path)) AS level
WHERE level <= $depth
WITH root, x, level ORDER BY level, x.date, x.name LIMIT $limit
WITH root, collect({m: x, level: level}) AS rows
WITH rows, [r IN rows | r.m] + [root] AS members
UNWIND rows AS row
WITH row.m AS x, row.level AS level, members
OPTIONAL MATCH (x)-[:IMPLEMENTS]->(parent:Meeting) WHERE parent IN members
WITH x, level, collect(DISTINCT parent) AS parents
OPTIONAL MATCH (x)-[:ORGANIZED_BY]->(o:Organization)
WITH x, level, parents, head(collect(o)) AS o
RETURN x.id AS id, level, x.date AS date, x.name AS meeting, o.id AS organizer_id,
       o.name AS organizer, [p IN parents | p.id] AS implements_ids,
       [p IN parents | p.name] AS implements
ORDER BY level, date, meeting
LIMIT $limit
