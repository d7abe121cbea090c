"""Edges read as one string each: what a full subgraph asks Neo4j for, decoded once.

Embedded FalkorDB reads the edges as they are instead (``stores/falkor_compact.py``): packing
took its server three times as long as finding them.

Reading a depth-2 subgraph's 700 edges with their 13 properties was most of its time in the
client: each property came back as its own typed value, decoded one by one, then turned into a
relationship object and into an :class:`~graph_service.graph_models.Edge`. The store now joins an
edge's values into one string (``q_subgraph_packed``): its id, type, source and target, every
property of :data:`KEYS` but ``span`` as text, ``span`` (its integers joined by commas), then how
many properties the edge has; the client splits it: one value to decode per edge instead of
some forty.

An edge that does not read back whole (a value holding the separator, a property the packing
does not name, an integer or flag written otherwise) gives ``None``, and the subgraph is read
the plain way.

Not JSON: FalkorDB's ``toJSON`` writes a string's quotes, backslashes and line breaks as they
are, unescaped, so one edge in eight of the bench's graphs (a sentence holding a line break) would not
parse, and a value holding ``"`` or ``\\`` would parse wrong without an error; escaping them in
the query took the server two and a half times as long as this packing (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast, get_type_hints

from graph_service.graph_models import EDGE_TYPES, Edge, EdgeProps, EdgeType

SEP = "\x1f"
"""Between an edge's values (the ASCII unit separator, which minutes text does not hold)."""
NONE = "\x1e"
"""A property the edge does not have (the ASCII record separator)."""
KEYS = tuple(sorted(key for key in get_type_hints(EdgeProps) if key not in ("source", "target")))
"""The properties an edge may have beside its ends, sorted as answers list them."""
_TEXTS = [key for key in KEYS if key != "span"]
# The store packs span apart, after the others (its server evaluates every branch of a CASE, so
# the list of properties as text cannot hold a list); read back, it goes in its place again.
_SPAN_AT = KEYS.index("span")
PACKING = {"sep": SEP, "none": NONE}
"""The parameters ``q_subgraph_packed`` packs with."""
_WIDTH = 4 + len(KEYS) + 1


def _flag(text: str) -> bool:
    """Return the flag written ``true`` or ``false``.

    >>> _flag("true"), _flag("false")
    (True, False)
    """
    if text not in ("true", "false"):
        raise ValueError(f"flag {text!r}")
    return text == "true"


def _span(text: str) -> list[int]:
    """Return the span packed as its integers joined by commas.

    >>> _span("3,9"), _span("")
    ([3, 9], [])
    """
    return [int(x) for x in text.split(",") if x]


_READ: tuple[tuple[str, Callable[[str], object]], ...] = (
    ("item", int),
    ("group", _flag),
    ("span", _span),
)
"""How the properties that are no text read back; the others are text as packed."""
_TYPES = frozenset(EDGE_TYPES)


def unpacked(text: str) -> Edge | None:
    """Return the edge packed in ``text``, or ``None`` when it does not read back whole.

    >>> values = [("2" if key == "item" else NONE) for key in _TEXTS]
    >>> packed = SEP.join(["e", "DIRECTED", "m", "b", *values, "3,9", "5"])
    >>> unpacked(packed).props
    {'item': 2, 'span': [3, 9]}
    >>> unpacked(packed.replace("3,9", "3,x")) is None  # not integers
    True
    >>> unpacked(packed[:-1] + "6") is None  # a property the packing does not name
    True
    """
    values = text.split(SEP)
    if len(values) != _WIDTH or values[1] not in _TYPES or NONE in values[:4]:
        return None
    # Span goes back in its place among the texts, so that props keep the order of KEYS.
    ordered = values[4 : 4 + _SPAN_AT] + values[-2:-1] + values[4 + _SPAN_AT : -2]
    props: dict[str, object] = {key: v for key, v in zip(KEYS, ordered, strict=True) if v != NONE}
    try:
        for key, read in _READ:
            if key in props:
                props[key] = read(cast(str, props[key]))
    except ValueError:  # an integer or a flag written otherwise: read it the plain way
        return None
    if len(props) + 3 != int(values[-1]):  # id, source and target are properties too
        return None
    # Validated: as fast as building it without validation (2.3 µs an edge), and a model made
    # as pydantic makes it.
    return Edge(id=values[0], type=cast(EdgeType, values[1]), source=values[2], target=values[3],
                props=props)  # fmt: skip
