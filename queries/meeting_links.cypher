// name: meeting_links
// description: The meetings a meeting implements (direction "implements") and those that
//   implement it ("implemented by"), one step each way.
// param meeting_id: string, example "meeting:5f0c1d2e3a4b5c6d"  -- the Meeting's id
// param limit: int = 200  -- most rows returned
MATCH (m:Meeting {id: $meeting_id})
CALL (m) {
  MATCH (m)-[:IMPLEMENTS]->(x:Meeting)
  RETURN 'implements' AS direction, x
  UNION
  MATCH (m)<-[:IMPLEMENTS]-(x:Meeting)
  RETURN 'implemented by' AS direction, x
}
WITH direction, x ORDER BY direction DESC, x.date, x.name LIMIT $limit
OPTIONAL MATCH (x)-[:ORGANIZED_BY]->(o:Organization)
WITH direction, x, head(collect(o)) AS o
RETURN direction, x.id AS id, x.date AS date, x.name AS meeting, o.name AS organizer
ORDER BY direction DESC, date, meeting
