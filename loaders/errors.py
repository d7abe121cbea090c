"""Errors named for the failure; each message names the file and says what to do."""

from __future__ import annotations


class MinutesKGError(Exception):
    """Base class of every error this package raises on purpose."""


class UnreadableFileError(MinutesKGError):
    """A file could not be turned into text (empty, binary, image-only, corrupt, too large)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
