"""The review queue of unresolved bureau names, and taking or withdrawing curators' decisions.

A name neither the registry nor a decision resolves stays a bureau of its own with
``resolved = false``: never dropped, never merged by guesswork. The queue lists each with the
sentences it came from and the bureaus of its government it most likely abbreviates, unresolved
ones included (县城投集团 beside 县城市建设投资集团有限公司, both written only in minutes).

A decision is checked before it is taken: its government must be one the graph holds, and a
merge's target a bureau of that government, so a typo is refused with the nearest names instead
of creating a bureau nobody meant.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from pydantic import BaseModel, Field
from rapidfuzz.distance import LCSseq

from graph_service.curation.rewrite import DecisionResult, affected_files, file_batch, resolve_batch
from graph_service.graph_models import Edge, Node
from graph_service.loading import history
from graph_service.loading.decisions import Decision, DecisionError, curated_registry, decisions
from graph_service.loading.run import STATUSES, status_of
from graph_service.questions.asking import ask
from graph_service.questions.governments import check_government, near_matches
from graph_service.stores.protocol import GraphReader, GraphStore
from graph_service.stores.records import Records

MAX_SENTENCES = 5
MAX_CANDIDATES = 5
MIN_SCORE = 0.5
"""Candidates with a lower :func:`abbreviation_score` are noise (区府办 and 区体育局 share 区 only)."""


class UnknownTargetError(DecisionError):
    """A merge names a target bureau its government does not hold; the message names near ones."""


class Candidate(BaseModel):
    """A resolved bureau an unresolved name may stand for."""

    id: str
    name: str
    score: float = Field(description="share of the name's characters found in order in this one")
    documents: int = Field(description="documents that mention it")
    resolved: bool = Field(True, description="false: itself a name the registry does not know")


class BureauChoice(BaseModel):
    """A bureau of a government, as a curator picks a merge target."""

    id: str
    name: str
    resolved: bool = Field(description="false: a name the registry does not know")
    documents: int = Field(description="documents that mention it")


class ReviewItem(BaseModel):
    """An unresolved bureau name, where it was written, and what it may be."""

    bureau: Node
    sentences: list[Edge] = Field(default_factory=list, description="its edges, with evidence")
    candidates: list[Candidate] = Field(default_factory=list)


class ReviewQueue(BaseModel):
    """Unresolved bureau names, most mentioned first."""

    items: list[ReviewItem] = Field(default_factory=list)


def abbreviation_score(name: str, candidate: str) -> float:
    """Return the share of ``name``'s characters that ``candidate`` has in the same order.

    Chinese abbreviations keep characters of the full name in order: 区重大办 in
    区重大工程建设推进办公室.

    >>> abbreviation_score("区重大办", "区重大工程建设推进办公室")
    1.0
    >>> abbreviation_score("区重大办", "区体育局")
    0.25
    """
    return LCSseq.similarity(name, candidate) / len(name) if name else 0.0


def review_queue(store: GraphReader, government: str | None = None, limit: int = 50) -> ReviewQueue:
    """Return the unresolved bureaus (of one government, if given) with sentences and candidates."""
    rows = store.read_named("q_review_queue", {"government": government, "limit": limit})
    bureaus: list[Node] = rows.column("b")
    if not bureaus:
        return ReviewQueue()
    sentences = _sentences(store, [bureau.id for bureau in bureaus])
    governments = sorted({bureau.known.get("government", "") for bureau in bureaus})
    known = store.read_named("q_review_candidates", {"governments": governments})
    items = [
        ReviewItem(bureau=b, sentences=sentences[b.id], candidates=_ranked(b, known))
        for b in bureaus
    ]
    return ReviewQueue(items=items)


def _sentences(store: GraphReader, ids: list[str]) -> dict[str, list[Edge]]:
    found: dict[str, list[Edge]] = defaultdict(list)
    for row in ask(store, "q_neighbourhood", ids=ids, other=None):
        found[row["anchor"]].append(row["e"])
    return {key: sorted(edges, key=lambda e: (e.known.get("date") or "", e.id))[:MAX_SENTENCES]
            for key, edges in found.items()} | {i: [] for i in ids if i not in found}  # fmt: skip


def _ranked(bureau: Node, known: Records) -> list[Candidate]:
    gov = bureau.known.get("government")
    scored = [
        Candidate(id=row["id"], name=row["name"], documents=row["documents"],
                  resolved=bool(row["resolved"]),
                  score=round(abbreviation_score(bureau.name, row["name"]), 3))
        for row in known
        if row["government"] == gov and row["id"] != bureau.id
    ]  # fmt: skip
    scored = [candidate for candidate in scored if candidate.score >= MIN_SCORE]
    scored.sort(key=lambda c: (-c.score, -c.documents, len(c.name), c.id))
    return scored[:MAX_CANDIDATES]


def bureau_choices(store: GraphReader, government: str) -> list[BureauChoice]:
    """Return the bureaus of ``government``, by name: what a name may be merged into.

    Raises:
        UnknownGovernmentError: the graph holds no such government (the message names near ones).
    """
    name = check_government(store, government) or government
    rows = store.read_named("q_government_bureaus", {"government": name})
    return [BureauChoice(**row) for row in rows.dicts()]


def check_decision(store: GraphReader, decision: Decision) -> None:
    """Refuse a decision whose government, or whose merge target, the graph does not hold.

    Raises:
        UnknownGovernmentError: no government of that name (the message names near ones).
        UnknownTargetError: a merge into a bureau the government does not hold.
    """
    choices = bureau_choices(store, decision.government)
    names = [choice.name for choice in choices]
    if decision.kind != "merge" or decision.target in names:
        return
    near = near_matches(decision.target, names)
    hint = f"did you mean {'、'.join(near)}?" if near else "no bureau there has a similar name;"
    raise UnknownTargetError(
        f"merge {decision.name!r} into {decision.target!r}: {decision.government} has no bureau "
        f"of that name; {hint} (all of them: minutes-kg review bureaus, GET /api/review/bureaus)"
    )


def decide(store: GraphStore, decision: Decision) -> DecisionResult:
    """Check ``decision``, store it and rewrite at once every file it touches.

    Raises:
        UnknownGovernmentError: the graph holds no such government.
        UnknownTargetError: a merge into a bureau the government does not hold.
        DecisionError: a rename names a bureau the graph does not hold.
    """
    check_decision(store, decision)
    return _take(store, decision)


def _take(store: GraphStore, decision: Decision) -> DecisionResult:
    files = affected_files(store, decision)
    if decision.kind == "rename" and not files:
        raise DecisionError(f"rename {decision.name!r}: no bureau of that name in "
                            f"{decision.government}; give the bureau's name as the graph shows it")  # fmt: skip
    store.write_named("record_decision", {"id": decision.id, "props": decision.model_dump()})
    return _apply(store, decision, files, withdrawn=False)


def withdraw(store: GraphStore, decision_id: str) -> DecisionResult | None:
    """Delete a decision and resolve its files again without it; ``None`` if unknown."""
    found = next((d for d in decisions(store) if d.id == decision_id), None)
    if found is None:
        return None
    files = affected_files(store, found)
    store.write_named("delete_decision", {"id": decision_id})
    return _apply(store, found, files, withdrawn=True)


def import_decisions(store: GraphStore, taken: list[Decision]) -> list[DecisionResult]:
    """Store decisions exported from another graph (skipping those already here) and apply them.

    Each one is applied as it is stored, in the given order, so later ones win as they did where
    they were taken. They are not checked against this graph: they may be about minutes not
    loaded yet, and apply to them once loaded.
    """
    have = {decision.id for decision in decisions(store)}
    return [_take(store, decision) for decision in taken if decision.id not in have]


def _apply(
    store: GraphStore, decision: Decision, files: list[str], *, withdrawn: bool
) -> DecisionResult:
    registry = curated_registry(store)
    record = history.new_load("review", decision.by or "curator")
    done: dict[str, str] = {}
    facts: list[history.FileRecord] = []
    for file in files:
        batch = file_batch(store, file)
        if batch is None:
            continue
        resolved = history.stamp(resolve_batch(batch, registry), record)
        removed = history.gone(batch, resolved)
        change = store.write(resolved)
        done[file] = status_of(change)
        facts.append(history.FileRecord(file=file, status=done[file], doc=batch.doc,
                                        added=change.added, removed=change.removed,
                                        removed_facts=removed[: history.MAX_REMOVED_KEPT]))  # fmt: skip
    if facts:
        history.save(store, _completed(record, facts))
    return DecisionResult(decision=decision, withdrawn=withdrawn, load=record.id if facts else None,
                          files=done)  # fmt: skip


def _completed(record: history.LoadRecord, files: list[history.FileRecord]) -> history.LoadRecord:
    statuses = Counter(file.status for file in files)
    documents = {status: statuses[status] for status in STATUSES}
    elements = {"added": sum(f.added for f in files), "removed": sum(f.removed for f in files)}
    return record.model_copy(update={"files": files, "documents": documents, "elements": elements})
