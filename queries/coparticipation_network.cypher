// name: coparticipation_network
// description: The co-participation network around a person: people who took part in the same
//   meetings (hop 1), their co-participants (hop 2), … up to `depth` (at most 3), each hop
//   keeping the per_hop people with most shared meetings; then one row per pair of these
//   people who met, with how many meetings they shared in the period. Bounded: at most
//   1 + 3 × per_hop people, and by default the period is the 365 days up to the person's own
//   last meeting, never all meetings of all time.
// param person_id: string, example "person:5f0c1d2e3a4b5c6d"  -- the Person at the centre
// param depth: int = 1, example 2  -- hops of co-participation (1 to 3)
// param since: date = null, example "2024-01-01"  -- first meeting day counted (null: 364 days before `until`)
// param until: date = null, example "2024-12-31"  -- last meeting day counted (null: the person's last meeting)
// param per_hop: int = 40  -- most new people added at each hop
// param limit: int = 500  -- most pairs returned
MATCH (s:Person {id: $person_id})
CALL (s) {
  OPTIONAL MATCH (s)-[:CHAIRED|ATTENDED]->(m:Meeting)
  RETURN max(m.date) AS last_own
}
WITH s, coalesce($until, last_own) AS until
WITH s, until, coalesce($since, toString(date(until) - duration({days: 364}))) AS since
CALL (s, since, until) {
  MATCH (s)-[:CHAIRED|ATTENDED]->(m:Meeting)<-[:CHAIRED|ATTENDED]-(p:Person)
  WHERE p <> s AND m.date >= since AND m.date <= until
  WITH p, count(DISTINCT m) AS shared ORDER BY shared DESC, p.name LIMIT $per_hop
  RETURN collect(p) AS hop1
}
CALL (s, hop1, since, until) {
  UNWIND CASE WHEN $depth >= 2 THEN hop1 ELSE [] END AS a
  MATCH (a)-[:CHAIRED|ATTENDED]->(m:Meeting)<-[:CHAIRED|ATTENDED]-(p:Person)
  WHERE m.date >= since AND m.date <= until
  WITH p, count(DISTINCT m) AS shared
  WHERE p <> s AND NOT p IN hop1  // on distinct people, not on every meeting row
  WITH p, shared ORDER BY shared DESC, p.name LIMIT $per_hop
  RETURN collect(p) AS hop2
}
CALL (s, hop1, hop2, since, until) {
  UNWIND CASE WHEN $depth >= 3 THEN hop2 ELSE [] END AS a
  MATCH (a)-[:CHAIRED|ATTENDED]->(m:Meeting)<-[:CHAIRED|ATTENDED]-(p:Person)
  WHERE m.date >= since AND m.date <= until
  WITH p, count(DISTINCT m) AS shared
  WHERE p <> s AND NOT p IN hop1 AND NOT p IN hop2
  WITH p, shared ORDER BY shared DESC, p.name LIMIT $per_hop
  RETURN collect(p) AS hop3
}
WITH since, until, [s] + hop1 + hop2 + hop3 AS people, [s.id] + [p IN hop1 | p.id] AS near, [p IN hop2 | p.id] AS mid
// Pairs come from each meeting's list of people present, so no meeting is expanded twice.
UNWIND people AS a
MATCH (a)-[:CHAIRED|ATTENDED]->(m:Meeting)
WHERE m.date >= since AND m.date <= until
WITH m, collect(DISTINCT a) AS present, near, mid, since, until
WHERE size(present) > 1
UNWIND present AS a
UNWIND present AS b
WITH a, b, m, near, mid, since, until
WHERE a.id < b.id
WITH a, b, near, mid, since, until, count(DISTINCT m) AS shared, max(m.date) AS last_met
RETURN a.id AS source_id, a.name AS source,
       CASE WHEN a.id = $person_id THEN 0 WHEN a.id IN near THEN 1 WHEN a.id IN mid THEN 2 ELSE 3 END AS source_hop,
       b.id AS target_id, b.name AS target,
       CASE WHEN b.id = $person_id THEN 0 WHEN b.id IN near THEN 1 WHEN b.id IN mid THEN 2 ELSE 3 END AS target_hop,
       shared, last_met, since AS period_from, until AS period_to
ORDER BY shared DESC, last_met DESC
LIMIT $limit
