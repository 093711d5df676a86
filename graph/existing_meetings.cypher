// name: existing_meetings
// description: Every meeting already in the graph with its organizer, date and reporting articles.
// params: none
MATCH (m:Meeting)
OPTIONAL MATCH (m)-[:ORGANIZED_BY]->(o:Organization)
RETURN m.id AS id, [m.name] + coalesce(m.aliases, []) AS names, m.date AS date,
       head(collect(o.id)) AS organizer, coalesce(m.documents, []) AS documents
