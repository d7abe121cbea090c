"""Invented minutes for the extraction tests: an opening line, a body, and the facts read back."""

from pathlib import Path

from loaders.models import Extraction
from loaders.pipeline import extract_file

OPENING = "3月5日，区长张三主持召开区政府第12次常务会议。"


def extract_text(folder: Path, body: str, opening: str = OPENING) -> Extraction:
    """Extract ``opening + body`` written as a text file in ``folder``."""
    path = folder / "minutes.txt"
    path.write_text(opening + body, encoding="utf-8")
    return extract_file(path)


def report_pairs(result: Extraction) -> set[tuple[str, str]]:
    """The (bureau, subject) of each report found."""
    return {(r.bureau, r.subject) for r in result.reported}


def addressees(result: Extraction) -> set[tuple[str, bool]]:
    """The (addressee as written, whether a collective) of each directive found."""
    return {(d.to, d.group) for d in result.directed}
