"""Search: nodes by name or alias, every exact hit first, then nodes sharing the query's bigrams.

The full-text index holds each node's characters and bigrams (``terms``, written by the merges);
the name and alias indexes serve the exact hits. How the parts of a search are bounded, and why:
``docs/performance.md`` ("Search that stays flat at 100,000 meetings").
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from graph_service.graph_models import NODE_LABELS
from graph_service.questions.answers import SearchAnswer, SearchHit
from graph_service.questions.asking import QuestionError, ask, ask_many
from graph_service.questions.governments import check_government
from graph_service.stores.protocol import GraphReader
from graph_service.stores.records import Records
from loaders.read.normalize import to_simplified

SEARCH_CANDIDATES = 500
"""How many of the full-text index's best matches a search compares term by term."""
SEARCH_BOUND = 300
"""Most nodes a search reads from the full-text index (after its exact hits) to rank them.

Names repeated in every government give a query tens of thousands of equally good hits; ranking
them all grew with the graph. A search answer says ``more`` when the bound was met. Each node
read is most of a search's time at the bound; why 300: ``docs/performance.md``."""
MAX_GROUPS = 70
"""Most groups of terms the third part of a search asks the index for (8 terms give 70)."""
_SEGMENT = re.compile(r"[^\W_]+")


def search_terms(text: str) -> list[str]:
    """Return the index terms of a search: the bigrams of each run of letters and digits.

    A run of one character contributes that character. Text is NFKC-normalised, simplified and
    lowercased, as the stored terms are.

    Args:
        text: what the user typed; spaces and punctuation separate segments.

    Returns:
        The distinct terms, in order of appearance.

    >>> search_terms("区应急局")
    ['区应', '应急', '急局']
    >>> search_terms("應急 局")
    ['应急', '局']
    """
    simple = to_simplified(unicodedata.normalize("NFKC", text)).lower()
    terms: list[str] = []
    for run in _SEGMENT.findall(simple):
        pieces = [run] if len(run) == 1 else [run[k : k + 2] for k in range(len(run) - 1)]
        terms += [piece for piece in pieces if piece not in terms]
    return terms


def term_groups(terms: list[str]) -> list[list[str]]:
    """Return the groups of terms a hit must hold one of: every way to pick half the terms.

    A hit shares at least half the query's terms, so asking the index for the nodes with all the
    terms of one such group finds them without the union of every node sharing one common bigram.
    Past :data:`MAX_GROUPS` groups (over 8 terms), each term alone.

    >>> term_groups(["城市", "市更", "更新"])
    [['城市', '市更'], ['城市', '更新'], ['市更', '更新']]
    >>> term_groups(["体育"])
    [['体育']]
    >>> len(term_groups([str(k) for k in range(9)]))
    9
    """
    half = (len(terms) + 1) // 2
    if math.comb(len(terms), half) > MAX_GROUPS:
        return [[term] for term in terms]
    return [list(group) for group in itertools.combinations(terms, half)]


def search(
    store: GraphReader,
    q: str,
    label: str | None = None,
    limit: int = 20,
    as_of: str | None = None,
    government: str | None = None,
    offset: int = 0,
) -> SearchAnswer:
    """Find nodes by name or alias: exact name first, then exact alias, then shared bigrams.

    Exact hits are every node whose name or alias is the query, found through the name and alias
    indexes. Then come the nodes holding every term of the query, shorter names first, ranked
    among the first :data:`SEARCH_BOUND` the full-text index gives; then, when those do not fill
    the page, the nodes holding half the terms or more. ``more`` says when the bound was met:
    other nodes hold every term, and narrowing the search (``government``, ``label``, a longer
    query) ranks them all. With ``government``, only that government's nodes, all of them ranked
    (a government holds few, found through an index; ``more`` is false); ``offset`` skips
    that many hits (pages).

    Raises:
        QuestionError: the query has no letter or digit, or the label is unknown.
        UnknownGovernmentError: the graph holds no such government.
    """
    terms = search_terms(q)
    if not terms:
        raise QuestionError(f"search {q!r}: type at least one letter, digit or Chinese character")
    if label is not None and label not in NODE_LABELS:
        raise QuestionError(f"label {label!r}: use one of {', '.join(NODE_LABELS)}")
    exact = unicodedata.normalize("NFKC", q).strip()
    labels = [label] if label else list(NODE_LABELS)
    params = {"terms": terms, "q": exact, "labels": labels, "as_of": as_of, "bound": SEARCH_BOUND,
              "government": check_government(store, government)}  # fmt: skip
    hits, more = _ranked(store, params, offset, limit)
    matches = ("name", "alias", "terms")
    return SearchAnswer(query=q, more=more, hits=[
        SearchHit(id=hit[0], label=hit[1], name=hit[2], government=hit[3], match=matches[hit[4]],
                  score=hit[5] / len(terms))
        for hit in hits
    ])  # fmt: skip


def _ranked(
    store: GraphReader, params: dict[str, Any], offset: int, limit: int
) -> tuple[list[list[Any]], bool]:
    """Return a search's page of hits, each ``[id, label, name, government, rank, shared]``, and
    whether the bound was met.

    Each part ranks below the one before (an exact name or alias holds every term), so the page
    takes the hits of the first parts past ``offset`` in turn, and the third part is asked only
    for what is left of it.
    """
    exact, second = _first_parts(store, params, offset + limit)
    found = exact.page[offset:]
    # The second part ranks the exact hits too (a test per hit read cost the store more than
    # this): when the page is not all exact hits, the first part gave every one, to drop here.
    known = {hit[0] for hit in exact.page}
    rest = [hit for hit in second.page if hit[0] not in known][max(offset - exact.total, 0) :]
    hits = (found + rest)[:limit]
    if params["government"]:
        return hits, False  # every node of the government sharing half the terms was ranked
    more = second.read >= SEARCH_BOUND
    if len(hits) == limit or len(params["terms"]) == 1 or more:
        return hits, more
    # Nodes with every term rank first in this part too (they share the most terms), so it
    # replaces the one before: its page starts past the exact hits alone.
    groups = {"groups": term_groups(params["terms"]),
              "candidates": max(SEARCH_CANDIDATES, offset + limit) + 1}  # fmt: skip
    at = {"offset": max(offset - exact.total, 0), "limit": limit - len(found)}
    half = _part(ask(store, "q_search", **params, **groups, **at))
    return found + half.page, half.read >= SEARCH_BOUND


def _first_parts(store: GraphReader, params: dict[str, Any], end: int) -> tuple[_Part, _Part]:
    """Return the exact hits and the second part, each up to the page's ``end``, in one round trip.

    The second part is the nodes with every term, ranked among the first the index gives; in one
    government, its nodes sharing half the terms or more, all ranked (a government holds few).
    """
    second = "q_search_government" if params["government"] else "q_search_every"
    exact, ranked = (_part(rows) for rows in ask_many(
        store, *((name, params | {"offset": 0, "limit": end}) for name in ("q_search_exact", second))
    ))  # fmt: skip
    return exact, ranked


@dataclass(frozen=True)
class _Part:
    """What one part of a search gave: hits read from the index, hits ranked, the page's."""

    read: int
    total: int
    page: list[list[Any]]


def _part(rows: Records) -> _Part:
    """Return what one part of a search answered: its one row."""
    row = rows[0]
    return _Part(read=row["read"] or 0, total=row["total"], page=list(row["page"]))
