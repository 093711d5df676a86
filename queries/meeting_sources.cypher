// name: meeting_sources
// description: Every quoted source about a meeting: claims asserting the meeting itself, its
//   participations and what it implements, with the article, newest first.
// param meeting_id: string, example "meeting:5f0c1d2e3a4b5c6d"  -- the Meeting's id
// param limit: int = 200  -- most rows returned
MATCH (m:Meeting {id: $meeting_id})
CALL (m) {
  RETURN m AS f, 'meeting' AS kind, m.name AS fact
  UNION
  MATCH (m)<-[:IN_MEETING]-(pa:Participation)<-[:TOOK_PART]-(p:Person)
  RETURN pa AS f, 'participant' AS kind, p.name + ': ' + coalesce(pa.role, 'took part') AS fact
  UNION
  MATCH (m)<-[:BY]-(i:Implementation)-[:OF]->(x:Meeting)
  RETURN i AS f, 'implements' AS kind, x.name AS fact
}
MATCH (f)<-[:ASSERTS]-(c:Claim)-[:IN_ARTICLE]->(a:Article)
RETURN kind, fact, c.quote AS quote, c.start AS start, c.end AS end, c.rule AS rule,
       c.confidence AS confidence, a.id AS article_id, a.title AS article, a.published AS published
ORDER BY published DESC, article_id, start
LIMIT $limit
