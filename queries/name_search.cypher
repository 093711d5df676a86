// name: name_search
// description: Find people, bodies and meetings by name in English, Chinese or toneless pinyin,
//   partial words allowed ("xing", "maxing", "兴瑞", "Provincial Party"), through the full-text
//   index name_search (names, aliases, pinyin_key). Every word must match; Chinese words match
//   as a phrase of characters; Latin words match whole, as a prefix or inside a word, and all
//   Latin words run together also match a pinyin key.
// param q: string, example "zhou wen"  -- what the user typed
// param limit: int = 25  -- most rows returned
WITH reduce(s = toLower(trim($q)), pair IN [
       ['ā','a'],['á','a'],['ǎ','a'],['à','a'],['ē','e'],['é','e'],['ě','e'],['è','e'],
       ['ī','i'],['í','i'],['ǐ','i'],['ì','i'],['ō','o'],['ó','o'],['ǒ','o'],['ò','o'],
       ['ū','u'],['ú','u'],['ǔ','u'],['ù','u'],['ǖ','u'],['ǘ','u'],['ǚ','u'],['ǜ','u'],['ü','v']]
     | replace(s, pair[0], pair[1])) AS plain
// Lucene's operators and punctuation become spaces: what the user typed is only ever words.
WITH reduce(s = plain, c IN ['\\','+','-','&','|','!','(',')','{','}','[',']','^','"','~','*',
                            '?',':','/',"'",',','.','·','・','•','，','、','（','）']
            | replace(s, c, ' ')) AS cleaned
WITH [t IN split(cleaned, ' ') WHERE t <> ''] AS words
WITH [w IN words WHERE w =~ '.*[\u3400-\u9fff].*'] AS han, [w IN words WHERE NOT w =~ '.*[\u3400-\u9fff].*'] AS latin
WITH [w IN han | '"' + w + '"'] +
     [w IN latin | CASE WHEN size(w) < 2 THEN '(' + w + '^3 OR ' + w + '*)'
                        ELSE '(' + w + '^4 OR ' + w + '*^2 OR *' + w + '*)' END] AS clauses,
     reduce(s = '', w IN latin | s + w) AS joined, size(latin) AS n_latin
WHERE size(clauses) > 0
WITH '(' + reduce(s = '', c IN clauses | s + CASE WHEN s = '' THEN '' ELSE ' AND ' END + c) + ')'
     + CASE WHEN n_latin > 1 THEN ' OR pinyin_key:*' + joined + '*' ELSE '' END AS lucene
CALL db.index.fulltext.queryNodes('name_search', lucene, {limit: $limit}) YIELD node, score
CALL (node) {
  OPTIONAL MATCH (node:Person)-[:HOLDS]->(t:Tenure)-[:OF_POST]->(post:Post)
  OPTIONAL MATCH (post)-[:POST_IN]->(o:Organization)
  WITH t, post, o ORDER BY t.last_seen DESC
  RETURN head(collect(post.title + coalesce(', ' + o.name, ''))) AS post_line
}
CALL (node) {
  OPTIONAL MATCH (node:Meeting)-[:ORGANIZED_BY]->(o:Organization)
  RETURN head(collect(o.name)) AS organizer
}
RETURN head(labels(node)) AS kind, node.id AS id, node.name AS name,
       [x IN coalesce(node.names, node.aliases, []) WHERE x <> node.name][..4] AS also_known_as,
       CASE head(labels(node))
         WHEN 'Person' THEN post_line
         WHEN 'Meeting' THEN coalesce(node.date, '') + coalesce(', ' + organizer, '')
         ELSE node.kind END AS detail,
       score
ORDER BY score DESC, name
LIMIT $limit
