"""Analyst Cypher: the read-only guard and the query runner with a time limit and row cap."""
