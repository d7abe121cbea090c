// Neo4j schema: unique ids, lookups by name and date, and edge provenance.
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT bureau_id IF NOT EXISTS FOR (n:Bureau) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_plan_id IF NOT EXISTS FOR (n:PolicyPlan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (n:Decision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT load_id IF NOT EXISTS FOR (n:Load) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX meeting_name IF NOT EXISTS FOR (n:Meeting) ON (n.name);
CREATE INDEX bureau_name IF NOT EXISTS FOR (n:Bureau) ON (n.name);
CREATE INDEX policy_plan_name IF NOT EXISTS FOR (n:PolicyPlan) ON (n.name);
CREATE INDEX initiative_name IF NOT EXISTS FOR (n:Initiative) ON (n.name);
// A search in one government reads that government's nodes of each label (q_search_government).
CREATE INDEX meeting_government IF NOT EXISTS FOR (n:Meeting) ON (n.government);
CREATE INDEX bureau_government IF NOT EXISTS FOR (n:Bureau) ON (n.government);
CREATE INDEX policy_plan_government IF NOT EXISTS FOR (n:PolicyPlan) ON (n.government);
CREATE INDEX initiative_government IF NOT EXISTS FOR (n:Initiative) ON (n.government);
CREATE INDEX reported_file IF NOT EXISTS FOR ()-[e:REPORTED]-() ON (e.file);
CREATE INDEX directed_file IF NOT EXISTS FOR ()-[e:DIRECTED]-() ON (e.file);
CREATE INDEX related_to_file IF NOT EXISTS FOR ()-[e:RELATED_TO]-() ON (e.file);
CREATE INDEX reported_load IF NOT EXISTS FOR ()-[e:REPORTED]-() ON (e.load);
CREATE INDEX directed_load IF NOT EXISTS FOR ()-[e:DIRECTED]-() ON (e.load);
CREATE INDEX related_to_load IF NOT EXISTS FOR ()-[e:RELATED_TO]-() ON (e.load);
// Search: the terms field (characters and bigrams, written by the merges) split on whitespace only,
// so a query term matches exactly the bigram written; no stop words, no stemming.
CREATE FULLTEXT INDEX node_terms IF NOT EXISTS FOR (n:Meeting|Bureau|PolicyPlan|Initiative) ON EACH [n.terms] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
// A search's exact hits by alias: each alias whole, one token (the keyword analyzer), as a range
// index does not serve `$q IN n.aliases`; names come from the name indexes above.
CREATE FULLTEXT INDEX bureau_aliases IF NOT EXISTS FOR (n:Bureau) ON EACH [n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
// The graph's version (bump_version.cypher), there before the first write, so that no write
// counts it among the nodes it created.
MERGE (v:GraphVersion {id: 'graph'}) ON CREATE SET v.version = randomUUID();
