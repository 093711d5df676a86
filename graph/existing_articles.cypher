// name: existing_articles
// description: The date and place of every article in the graph (the text stays in the graph).
// params: none
MATCH (a:Article)
RETURN a.document AS document, coalesce(a.observed, a.published) AS observed,
       a.jurisdiction AS jurisdiction
