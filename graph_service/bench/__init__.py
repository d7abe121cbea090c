"""Benchmarks and the synthetic corpus: figures and ratios, never pass or fail."""
