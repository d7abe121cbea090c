"""Evaluation: score an extractor against gold files, and measure its speed."""
