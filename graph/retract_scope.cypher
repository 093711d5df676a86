// name: retract_scope
// description: What retracting one article may change: the facts its claims assert and the nodes
//   around them, and the persons, bodies and meetings that record a mention in it.
// params: $document: the article's document name; $prefix: $document + a TAB (mention records)
CALL () {
  OPTIONAL MATCH (:Article {document: $document})<-[:IN_ARTICLE]-(:Claim)-[:ASSERTS]->(f)
  OPTIONAL MATCH (f)-[:OF|BY|IN_MEETING]->(fm:Meeting)
  OPTIONAL MATCH (f)-[:OF_POST]->(q:Post)
  OPTIONAL MATCH (f)<-[:HOLDS|TOOK_PART]-(fp:Person)
  RETURN collect(DISTINCT CASE WHEN f:Meeting THEN f.id END) + collect(DISTINCT fm.id) AS meetings,
         collect(DISTINCT CASE WHEN f:Tenure THEN f.id END) AS tenures,
         collect(DISTINCT q.id) AS posts, collect(DISTINCT fp.id) AS fact_persons
}
CALL () {
  OPTIONAL MATCH (:Article {document: $document})<-[:REPORTED|EDITED|PHOTOGRAPHED]-(cp:Person)
  RETURN collect(DISTINCT cp.id) AS credited
}
CALL () {
  MATCH (p:Person) WHERE any(x IN coalesce(p.mentions, []) WHERE x STARTS WITH $prefix)
  RETURN collect({id: p.id, mentions: p.mentions, evidence: coalesce(p.merged_because, [])}) AS persons
}
CALL () {
  MATCH (o:Organization) WHERE any(x IN coalesce(o.mentions, []) WHERE x STARTS WITH $prefix)
  OPTIONAL MATCH (o)-[:JURISDICTION]->(pl:Place)
  RETURN collect(DISTINCT {id: o.id, mentions: o.mentions, evidence: coalesce(o.merged_because, []),
                           name: o.name, aliases: coalesce(o.aliases, [])}) AS organizations,
         collect(DISTINCT pl.id) AS places
}
CALL () {
  MATCH (m:Meeting) WHERE $document IN coalesce(m.documents, [])
  RETURN collect({id: m.id, documents: m.documents, evidence: coalesce(m.merged_because, [])})
         AS reported
}
RETURN meetings, tenures, posts, fact_persons + credited AS touched, persons,
       organizations, places, reported
