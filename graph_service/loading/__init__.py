"""Loading: documents to batches, grouped writes, dry runs, curated registry and load records."""
