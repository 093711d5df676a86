// name: article_get
// description: The stored articles with these document names (to load them again after a decision).
// params: $documents: list of document names
MATCH (a:Article)
WHERE a.document IN $documents
RETURN a.document AS document, a.text AS text, a.language AS language, a.title AS title,
       a.published AS published, a.source AS source, a.url AS url, a.jurisdiction AS jurisdiction
