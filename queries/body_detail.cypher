// name: body_detail
// description: One body: name, aliases, kind, place, the bodies it is part of and those part
//   of it, how many meetings it held, its last meeting and the last day a post in it was seen.
// param body_id: string, example "org:5f0c1d2e3a4b5c6d"  -- the Organization's id
// param limit: int = 1  -- one row
MATCH (o:Organization {id: $body_id})
CALL (o) {
  OPTIONAL MATCH (o)-[:PART_OF]->(parent:Organization)
  RETURN collect(DISTINCT parent {.id, .name})[..10] AS parents
}
CALL (o) {
  OPTIONAL MATCH (o)<-[:PART_OF]-(child:Organization)
  WITH child ORDER BY child.name
  RETURN collect(DISTINCT child {.id, .name})[..200] AS children
}
CALL (o) {
  OPTIONAL MATCH (o)-[:JURISDICTION]->(place:Place)
  RETURN head(collect(coalesce(place.name, '') + coalesce(' ' + place.name_zh, ''))) AS place
}
CALL (o) {
  OPTIONAL MATCH (o)<-[:ORGANIZED_BY]-(m:Meeting)
  RETURN count(m) AS meetings, max(m.date) AS last_meeting
}
CALL (o) {
  OPTIONAL MATCH (o)<-[:POST_IN]-(:Post)<-[:OF_POST]-(t:Tenure)
  RETURN max(t.last_seen) AS last_seen
}
RETURN o.id AS id, o.name AS name, o.aliases AS aliases, o.kind AS kind, place, parents,
       children, meetings, last_meeting, last_seen
LIMIT $limit
