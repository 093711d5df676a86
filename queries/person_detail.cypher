// name: person_detail
// description: One person: names in every script, pinyin key, how many meetings they chaired
//   and took part in, posts held, sources, and the first and last meeting dates.
// param person_id: string, example "person:5f0c1d2e3a4b5c6d"  -- the Person's id
// param limit: int = 1  -- one row
MATCH (p:Person {id: $person_id})
CALL (p) {
  OPTIONAL MATCH (p)-[:TOOK_PART]->(pa:Participation)-[:IN_MEETING]->(m:Meeting)
  RETURN count(DISTINCT m) AS meetings, count(DISTINCT CASE WHEN pa.role = 'chair' THEN m END)
         AS chaired, min(m.date) AS first_meeting, max(m.date) AS last_meeting
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HOLDS]->(t:Tenure)
  RETURN count(t) AS tenures
}
RETURN p.id AS id, p.name AS name, p.names AS names, p.name_en AS name_en,
       p.name_zh AS name_zh, p.pinyin_key AS pinyin_key, meetings, chaired, tenures,
       first_meeting, last_meeting
LIMIT $limit
