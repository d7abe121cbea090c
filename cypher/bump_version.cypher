// The last step of every write (see stores/base.py, versioned): the graph gets a new version,
// in the same transaction as the change, so that an answer cached for the old version is
// never served again, by any process.
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = $graph_version
