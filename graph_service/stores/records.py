"""Rows of a named query, read by column name, so that reordering a ``RETURN`` changes no answer.

Like the Neo4j driver's ``Record`` and datasette's ``Results``, but stricter: a :class:`Row` has
no positions at all. Unpacking one (``a, b = row``) or indexing it with a number raises
``TypeError`` at once instead of answering with the wrong column.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NoReturn, overload

Params = dict[str, Any]
"""A query's parameters by name; Any: a value is whatever the driver takes (text, numbers, and
lists and maps of them)."""
_BY_NAME = "read a row's columns by name, as the query's RETURN names them (row['name'])"
# A cell is read as Any: it holds whatever its column returns (a Node, an Edge, text, a number,
# a list of them), which the question reading it knows from its query.


class Row:
    """One row of a query's answer: its values by column name.

    >>> row = Row.of(["name", "count"], ["区体育局", 3])
    >>> row["name"], row.get("aliases"), row.data()
    ('区体育局', None, {'name': '区体育局', 'count': 3})
    >>> name, count = row
    Traceback (most recent call last):
    TypeError: read a row's columns by name, as the query's RETURN names them (row['name'])
    """

    __slots__ = ("_columns", "_values")

    def __init__(self, columns: Mapping[str, int], values: Sequence[object]) -> None:
        self._columns = columns
        self._values = tuple(values)

    @classmethod
    def of(cls, columns: Sequence[str], values: Sequence[object]) -> Row:
        """Return the row holding ``values`` under ``columns``, in the same order."""
        return cls({name: i for i, name in enumerate(columns)}, values)

    def __getitem__(self, column: str) -> Any:
        if not isinstance(column, str):
            raise TypeError(_BY_NAME)
        try:
            return self._values[self._columns[column]]
        except KeyError:
            raise KeyError(f"no column {column!r}; the query returns {self.keys()}") from None

    def get(self, column: str, default: object = None) -> Any:
        """Return the value of ``column``, or ``default`` when the query returns no such column."""
        index = self._columns.get(column)
        return default if index is None else self._values[index]

    def keys(self) -> tuple[str, ...]:
        """Return the column names, in the query's order."""
        return tuple(self._columns)

    def data(self) -> dict[str, Any]:
        """Return the row as a dict from column name to value."""
        return dict(zip(self._columns, self._values, strict=True))

    def map(self, convert: Callable[[object], object]) -> Row:
        """Return the row with ``convert`` applied to every value."""
        return Row(self._columns, [convert(value) for value in self._values])

    def __iter__(self) -> NoReturn:
        raise TypeError(_BY_NAME)

    def __contains__(self, column: object) -> bool:
        return column in self._columns

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Row) and self.data() == other.data()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Row({self.data()!r})"


class Records(Sequence[Row]):
    """The rows a named query returned, with its column names.

    >>> found = Records.of(["label", "count"], [["Bureau", 2], ["Meeting", 1]])
    >>> found.column("label"), found.first()["count"], len(found)
    (['Bureau', 'Meeting'], 2, 2)
    >>> Records.of(["n"], []).first() is None
    True
    """

    def __init__(self, columns: Sequence[str], rows: Sequence[Row]) -> None:
        self.columns = tuple(columns)
        self._rows = tuple(rows)

    @classmethod
    def of(cls, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> Records:
        """Return the records of ``rows`` (value sequences in the order of ``columns``)."""
        index = {name: i for i, name in enumerate(columns)}
        return cls(columns, [Row(index, values) for values in rows])

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> Records: ...

    def __getitem__(self, index: int | slice) -> Row | Records:
        if isinstance(index, slice):
            return Records(self.columns, self._rows[index])
        return self._rows[index]

    def __len__(self) -> int:
        return len(self._rows)

    def first(self) -> Row | None:
        """Return the first row, or ``None`` when there is none."""
        return self._rows[0] if self._rows else None

    def column(self, name: str) -> list[Any]:
        """Return the values of one column, row by row."""
        return [row[name] for row in self._rows]

    def dicts(self) -> list[dict[str, Any]]:
        """Return every row as a dict from column name to value."""
        return [row.data() for row in self._rows]

    def map(self, convert: Callable[[object], object]) -> Records:
        """Return the records with ``convert`` applied to every value."""
        return Records(self.columns, [row.map(convert) for row in self._rows])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Records) and (self.columns, self._rows) == (
            other.columns,
            other._rows,
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Records({self.columns!r}, {len(self)} rows)"
