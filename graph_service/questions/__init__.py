"""The named questions: search, nodes, owners, meetings, paths, follow-ups and the network."""
