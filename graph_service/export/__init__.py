"""Answers as files: the graph as JSON, GraphML and CSV, follow-ups as CSV, Atom feeds."""
