"""Graph stores: the `GraphStore` protocol, named Cypher files, embedded FalkorDB and Neo4j."""
