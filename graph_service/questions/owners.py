"""Who co-owns an initiative, and which bureaus share initiatives with a bureau.

A bureau co-owns an initiative when it reported on it, or on a plan implementing it
(``RELATED_TO`` kind ``implements``), or when a meeting directed it in an item about the
initiative (same document, same item number). The rules are written once per question in
``cypher/q_initiative_bureaus.cypher``, ``q_bureau_initiatives.cypher`` and ``q_co_ownership.cypher``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from graph_service.questions.answers import (
    BureauPartners,
    CoOwner,
    InitiativeBureaus,
    NodeRef,
    OwnerFact,
    Page,
    Partner,
    Role,
    SharedInitiative,
)
from graph_service.questions.asking import ask, ask_many
from graph_service.stores.protocol import GraphReader
from graph_service.stores.records import Records, Row

ROLE_ORDER: dict[str, int] = {"lead": 0, "supplementary": 1, "directed": 2}


ROLES: tuple[Role, ...] = ("lead", "supplementary", "directed")
"""The roles by rank, as ``q_initiative_owners`` ranks them: the strongest first."""
LATEST_FACTS = 3
"""How many of a co-owner's facts an answer lists unless asked for more: the latest."""
LATEST_SHARED = 5
"""How many initiatives shared with a partner an answer lists unless asked for more."""
FIRST_PAGE = Page()
"""The co-owners or partners an answer lists unless asked for others."""


def owner_fact(fact: dict[str, Any]) -> OwnerFact:
    """Return the co-owner fact of one map of ``q_initiative_owners``'s ``latest`` list.

    >>> owner_fact({"rank": 2, "subject": "i", "subject_label": "Initiative", "subject_name": "x",
    ...             "government": None, "item": 7, "edge": "e"}).role
    'directed'
    """
    subject = NodeRef(id=fact["subject"], label=fact["subject_label"], name=fact["subject_name"],
                      government=fact.get("government"))  # fmt: skip
    return OwnerFact(role=ROLES[fact["rank"]], subject=subject, written=fact.get("written"),
                     meeting=fact.get("meeting"), item=fact.get("item"), date=fact.get("date"),
                     evidence=fact.get("evidence"), directive=fact.get("directive"),
                     doc=fact.get("doc"), edge=fact["edge"])  # fmt: skip


def co_owner(row: Row) -> CoOwner:
    """Return the co-owner one row of ``q_initiative_owners`` describes."""
    bureau = NodeRef(id=row["id"], label="Bureau", name=row["name"], government=row["government"])
    return CoOwner(bureau=bureau, aliases=row["aliases"] or [], role=ROLES[row["rank"]],
                   fact_count=row["facts"], facts=[owner_fact(f) for f in row["latest"]])  # fmt: skip


def node_ref(rows: Records, label: str) -> NodeRef | None:
    """Return the reference in the rows of ``q_initiative_ref`` or ``q_bureau_ref`` (one label's id
    index each, where asking every label's cost twice), or ``None`` when missing."""
    row = rows.first()
    if row is None:
        return None
    return NodeRef(id=row["id"], label=label, name=row["name"], government=row["government"])


def initiative_bureaus(
    store: GraphReader,
    initiative_id: str,
    as_of: str | None = None,
    *,
    facts: int = LATEST_FACTS,
    page: Page = FIRST_PAGE,
) -> InitiativeBureaus | None:
    """Return the co-owners of an initiative with role and evidence, or ``None`` when missing.

    Args:
        store: the graph store.
        initiative_id: the initiative.
        as_of: only facts of meetings up to this date (YYYY-MM-DD).
        facts: how many of each co-owner's facts to list, the latest first (``fact_count``
            says how many there are).
        page: which of the co-owners to list, strongest role first, then most facts.
    """
    found, rows = ask_many(store, ("q_initiative_ref", {"id": initiative_id, "as_of": as_of}),
                           ("q_initiative_owners", {"id": initiative_id, "as_of": as_of,
                                                    "facts": facts}))  # fmt: skip
    initiative = node_ref(found, "Initiative")
    if initiative is None:
        return None
    owners = [co_owner(row) for row in page.of(rows)]
    return InitiativeBureaus(initiative=initiative, total=len(rows), bureaus=owners)


def bureau_partners(
    store: GraphReader,
    bureau_id: str,
    as_of: str | None = None,
    *,
    shared: int = LATEST_SHARED,
    page: Page = FIRST_PAGE,
) -> BureauPartners | None:
    """Return the bureaus sharing initiatives with a bureau, most shared first, or ``None``.

    Args:
        store: the graph store.
        bureau_id: the bureau.
        as_of: only facts of meetings up to this date (YYYY-MM-DD).
        shared: how many of each partner's shared initiatives to list, the latest first
            (``count`` says how many there are).
        page: which of the partners to list, most shared initiatives first.
    """
    found, owned = ask_many(store, ("q_bureau_ref", {"id": bureau_id, "as_of": as_of}),
                            ("q_bureau_initiatives", {"id": bureau_id, "as_of": as_of}))  # fmt: skip
    bureau = node_ref(found, "Bureau")
    if bureau is None:
        return None
    ids = sorted(owned.column("initiative"))
    # Roles only: the facts and their sentences of every co-owner are not needed here.
    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    refs: dict[str, NodeRef] = {}
    latest: dict[str, str] = {}
    for row in ask(store, "q_initiative_roles", ids=ids, as_of=as_of):
        initiative, owner = row["initiative"], row["bureau"]
        roles[initiative][owner].add(row["role"])
        refs[initiative] = NodeRef(id=initiative, label="Initiative", name=row["name"])
        refs[owner] = NodeRef(
            id=owner, label="Bureau", name=row["bureau_name"], government=row["government"]
        )
        latest[initiative] = row["last"] or ""
    by_partner = _shared_by_partner(bureau_id, roles, refs)
    partners = [Partner(bureau=refs[other], count=len(items), shared=_latest(items, latest, shared))
                for other, items in by_partner.items()]  # fmt: skip
    partners.sort(key=lambda p: (-p.count, p.bureau.name, p.bureau.id))
    return BureauPartners(bureau=bureau, initiatives=len(ids), total=len(partners),
                          partners=page.of(partners))  # fmt: skip


def _shared_by_partner(
    bureau_id: str, roles: dict[str, dict[str, set[str]]], refs: dict[str, NodeRef]
) -> dict[str, list[SharedInitiative]]:
    """Return, per other co-owner, the initiatives it shares with ``bureau_id`` and the roles."""
    shared: dict[str, list[SharedInitiative]] = defaultdict(list)
    for initiative_id, by_bureau in sorted(roles.items()):
        own = _ordered(by_bureau.get(bureau_id, set()))
        for other_id, held in sorted(by_bureau.items()):
            if other_id != bureau_id:
                shared[other_id].append(SharedInitiative(initiative=refs[initiative_id],
                                                         roles=_ordered(held), own_roles=own))  # fmt: skip
    return shared


def _latest(
    items: list[SharedInitiative], latest: dict[str, str], count: int
) -> list[SharedInitiative]:
    """Return the ``count`` initiatives of ``items`` last on an agenda most recently."""
    return sorted(items, key=lambda s: (latest[s.initiative.id], s.initiative.id), reverse=True)[
        :count
    ]


def _ordered(roles: set[str]) -> list[Role]:
    return sorted(roles, key=ROLE_ORDER.__getitem__)  # type: ignore[arg-type]
