"""Graph store implementations: embedded FalkorDB (:mod:`.falkor`) and Neo4j (:mod:`.neo4j`)."""
