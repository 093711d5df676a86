// name: schema
// description: Uniqueness constraints and indexes, created idempotently before any load.
//   One statement per `;`. Every node label of the mapping is merged on `id`.
// params: none
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tenure_id IF NOT EXISTS FOR (n:Tenure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT participation_id IF NOT EXISTS FOR (n:Participation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT implementation_id IF NOT EXISTS FOR (n:Implementation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (n:Decision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX person_pinyin IF NOT EXISTS FOR (n:Person) ON (n.pinyin_key);
CREATE INDEX article_document IF NOT EXISTS FOR (n:Article) ON (n.document);
CREATE FULLTEXT INDEX name_search IF NOT EXISTS FOR (n:Person|Organization|Meeting) ON EACH [n.name, n.names, n.aliases, n.pinyin_key];
