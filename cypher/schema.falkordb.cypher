// FalkorDB schema: its index syntax has no names and no IF NOT EXISTS, and unique constraints
// are not Cypher (GRAPH.CONSTRAINT); the store adds a unique constraint on every id index.
CREATE INDEX FOR (n:Meeting) ON (n.id);
CREATE INDEX FOR (n:Bureau) ON (n.id);
CREATE INDEX FOR (n:PolicyPlan) ON (n.id);
CREATE INDEX FOR (n:Initiative) ON (n.id);
CREATE INDEX FOR (n:Meeting) ON (n.date);
CREATE INDEX FOR (n:Meeting) ON (n.name);
CREATE INDEX FOR (n:Bureau) ON (n.name);
CREATE INDEX FOR (n:PolicyPlan) ON (n.name);
CREATE INDEX FOR (n:Initiative) ON (n.name);
// A search's exact hits: every name above, and each of a bureau's aliases (FalkorDB indexes each
// element of a list, for `$q IN n.aliases`).
CREATE INDEX FOR (n:Bureau) ON (n.aliases);
// A search in one government reads that government's nodes of each label (q_search_government).
CREATE INDEX FOR (n:Meeting) ON (n.government);
CREATE INDEX FOR (n:Bureau) ON (n.government);
CREATE INDEX FOR (n:PolicyPlan) ON (n.government);
CREATE INDEX FOR (n:Initiative) ON (n.government);
CREATE INDEX FOR ()-[e:REPORTED]-() ON (e.file);
CREATE INDEX FOR ()-[e:DIRECTED]-() ON (e.file);
CREATE INDEX FOR ()-[e:RELATED_TO]-() ON (e.file);
CREATE INDEX FOR ()-[e:REPORTED]-() ON (e.load);
CREATE INDEX FOR ()-[e:DIRECTED]-() ON (e.load);
CREATE INDEX FOR ()-[e:RELATED_TO]-() ON (e.load);
CREATE INDEX FOR (n:Decision) ON (n.id);
CREATE INDEX FOR (n:Load) ON (n.id);
// Search: one full-text index per label on terms (characters and bigrams, written by the merges);
// no stop words, so every written term can be found.
CALL db.idx.fulltext.createNodeIndex({label: 'Meeting', stopwords: []}, 'terms');
CALL db.idx.fulltext.createNodeIndex({label: 'Bureau', stopwords: []}, 'terms');
CALL db.idx.fulltext.createNodeIndex({label: 'PolicyPlan', stopwords: []}, 'terms');
CALL db.idx.fulltext.createNodeIndex({label: 'Initiative', stopwords: []}, 'terms');
// The graph's version (bump_version.cypher), there before the first write, so that no write
// counts it among the nodes it created.
MERGE (v:GraphVersion {id: 'graph'}) ON CREATE SET v.version = randomUUID();
