"""CSV cells a spreadsheet program opens as text, never as a formula.

A cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which some programs
skip before looking) is taken as a formula: a name in the minutes such as ``=HYPERLINK(…)`` would
run when the file is opened. Such a cell gets an apostrophe in front, which spreadsheet programs
read as "this is text" and do not show.
"""

from __future__ import annotations

from collections.abc import Mapping

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int | float | bool | None
"""What a CSV cell holds; ``None`` is written as an empty cell."""


def spreadsheet_safe(value: Cell) -> Cell:
    """Return ``value`` with an apostrophe in front when a spreadsheet would read it as a formula.

    Numbers stay numbers; only text is changed.

    >>> spreadsheet_safe("=1+1"), spreadsheet_safe("-区体育局"), spreadsheet_safe("区体育局")
    ("'=1+1", "'-区体育局", '区体育局')
    >>> spreadsheet_safe(-3)
    -3
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(row: Mapping[str, Cell]) -> dict[str, Cell]:
    """Return a CSV row with every cell made :func:`spreadsheet_safe`.

    >>> safe_row({"name": "@SUM(A1)", "count": 2})
    {'name': "'@SUM(A1)", 'count': 2}
    """
    return {key: spreadsheet_safe(value) for key, value in row.items()}
