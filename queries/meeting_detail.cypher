// name: meeting_detail
// description: One meeting: name, dates, place, organizer (with its parent body), chairs, and
//   how many took part.
// param meeting_id: string, example "meeting:5f0c1d2e3a4b5c6d"  -- the Meeting's id
// param limit: int = 1  -- one row
MATCH (m:Meeting {id: $meeting_id})
CALL (m) {
  OPTIONAL MATCH (m)-[:ORGANIZED_BY]->(o:Organization)
  OPTIONAL MATCH (o)-[:PART_OF]->(parent:Organization)
  OPTIONAL MATCH (o)-[:JURISDICTION]->(place:Place)
  RETURN head(collect(o {.id, .name, .kind, parent_id: parent.id, parent: parent.name,
                         place: coalesce(place.name, place.name_zh)})) AS organizer
}
CALL (m) {
  OPTIONAL MATCH (p:Person)-[:CHAIRED]->(m)
  RETURN collect(DISTINCT p {.id, .name})[..10] AS chairs
}
CALL (m) {
  OPTIONAL MATCH (m)<-[:IN_MEETING]-(pa:Participation)
  RETURN count(pa) AS participations
}
RETURN m.id AS id, m.name AS name, m.date AS date, m.end_date AS end_date,
       m.location AS location, organizer, chairs, participations
LIMIT $limit
