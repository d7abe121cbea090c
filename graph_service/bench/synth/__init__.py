"""A synthetic corpus of minutes with gold answers, for benchmarks at scale."""
