// The graph's version: a new one after every write (bump_version.cypher). Answers are cached
// per version.
MATCH (v:GraphVersion)
RETURN v.version AS version
