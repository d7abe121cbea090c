"""Extraction: normalised minutes text to an ``Extraction`` (meeting, units, reports, directives)."""
