"""Curators' work: decisions rewriting the files they touch, and the review queue."""
