// name: stored_mentions
// description: The stored article id and the person mentions recorded for each of these documents,
//   to tell whether a re-ingested article changed (then it is retracted before loading again).
// params: $documents: list of document names
MATCH (a:Article) WHERE a.document IN $documents
OPTIONAL MATCH (p:Person)
WHERE any(m IN coalesce(p.mentions, []) WHERE m STARTS WITH a.document + '\t')
WITH a, [m IN collect(p.mentions) WHERE m IS NOT NULL] AS lists
RETURN a.document AS document, a.id AS id,
       reduce(acc = [], l IN lists | acc + [m IN l WHERE m STARTS WITH a.document + '\t']) AS mentions
