"""Who co-owns an initiative, and which bureaus share initiatives with a bureau.

A bureau co-owns an initiative when it reported on it, or on a plan implementing it
(``RELATED_TO`` kind ``implements``), or when a meeting directed it in an item about the
initiative (same document, same item number). The rules are written once per question in
``cypher/q_initiative_bureaus.cypher``, ``q_bureau_initiatives.cypher`` and ``q_co_ownership.cypher``.
"""

from __future__ import annotations

from collections import defaultdict

from graph_service.graph_models import Edge, Node
from graph_service.questions.answers import (
    BureauPartners,
    CoOwner,
    InitiativeBureaus,
    NodeRef,
    OwnerFact,
    Partner,
    Role,
    SharedInitiative,
)
from graph_service.questions.graph import ask, find_node
from graph_service.stores.protocol import GraphStore

ROLE_ORDER: dict[str, int] = {"lead": 0, "supplementary": 1, "directed": 2}


def strongest(roles: list[str]) -> Role:
    """Return the strongest of ``roles``: lead, then supplementary, then directed.

    >>> strongest(["directed", "supplementary"])
    'supplementary'
    """
    return min(roles, key=lambda role: ROLE_ORDER.get(role, len(ROLE_ORDER)))  # type: ignore[return-value]


def owner_fact(role: str, subject: Node, edge: Edge) -> OwnerFact:
    """Return the co-owner fact an edge holds.

    >>> edge = Edge(id="e", type="REPORTED", source="b", target="i", props={"item": 7})
    >>> owner_fact("lead", Node(id="i", label="Initiative", name="x"), edge).item
    7
    """
    props = edge.props
    meeting = edge.source if edge.type == "DIRECTED" else props.get("meeting")
    return OwnerFact(
        role=role if role in ROLE_ORDER else "lead",
        subject=NodeRef.of(subject),
        written=props.get("alias") or props.get("bureau") or props.get("to"),
        meeting=meeting,
        item=props.get("item"),
        date=props.get("date"),
        evidence=props.get("evidence"),
        directive=props.get("directive"),
        doc=props.get("doc"),
        edge=edge.id,
    )


def owners_by_initiative(
    store: GraphStore, ids: list[str], as_of: str | None = None
) -> dict[str, list[CoOwner]]:
    """Return the co-owners of each initiative in ``ids``, strongest role first, then by name."""
    facts: dict[str, dict[str, list[OwnerFact]]] = defaultdict(lambda: defaultdict(list))
    bureaus: dict[str, Node] = {}
    rows = ask(store, "q_initiative_bureaus", ids=ids, as_of=as_of)
    for row in rows:
        bureau = bureaus[row["bureau"].id] = row["bureau"]
        facts[row["initiative"]][bureau.id].append(
            owner_fact(row["role"], row["subject"], row["fact"])
        )
    return {initiative: _co_owners(per_bureau, bureaus) for initiative, per_bureau in facts.items()}


def _co_owners(per_bureau: dict[str, list[OwnerFact]], bureaus: dict[str, Node]) -> list[CoOwner]:
    owners = []
    for bureau_id, facts in per_bureau.items():
        bureau = bureaus[bureau_id]
        facts.sort(key=lambda f: (ROLE_ORDER[f.role], f.date or "", f.item or 0, f.edge))
        owners.append(CoOwner(bureau=NodeRef.of(bureau), aliases=bureau.props.get("aliases", []),
                              role=strongest([f.role for f in facts]), facts=facts))  # fmt: skip
    return sorted(owners, key=lambda o: (ROLE_ORDER[o.role], -len(o.facts), o.bureau.name))


def initiative_bureaus(
    store: GraphStore, initiative_id: str, as_of: str | None = None
) -> InitiativeBureaus | None:
    """Return the co-owners of an initiative with role and evidence, or ``None`` when missing."""
    initiative = find_node(store, initiative_id, "Initiative", as_of=as_of)
    if initiative is None:
        return None
    owners = owners_by_initiative(store, [initiative_id], as_of).get(initiative_id, [])
    return InitiativeBureaus(initiative=NodeRef.of(initiative), bureaus=owners)


def bureau_partners(
    store: GraphStore, bureau_id: str, as_of: str | None = None
) -> BureauPartners | None:
    """Return the bureaus sharing initiatives with a bureau, most shared first, or ``None``."""
    bureau = find_node(store, bureau_id, "Bureau", as_of=as_of)
    if bureau is None:
        return None
    ids = sorted(ask(store, "q_bureau_initiatives", id=bureau_id, as_of=as_of).column("initiative"))
    # Roles only: the facts and their sentences of every co-owner are not needed here.
    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    refs: dict[str, NodeRef] = {}
    rows = ask(store, "q_initiative_roles", ids=ids, as_of=as_of)
    for row in rows:
        initiative, owner = row["initiative"], row["bureau"]
        roles[initiative][owner].add(row["role"])
        refs[initiative] = NodeRef(id=initiative, label="Initiative", name=row["name"])
        refs[owner] = NodeRef(
            id=owner, label="Bureau", name=row["bureau_name"], government=row["government"]
        )
    shared: dict[str, list[SharedInitiative]] = defaultdict(list)
    for initiative_id in ids:
        by_bureau = roles.get(initiative_id, {})
        own = _ordered(by_bureau.get(bureau_id, set()))
        for other_id, held in sorted(by_bureau.items()):
            if other_id != bureau_id:
                shared[other_id].append(SharedInitiative(initiative=refs[initiative_id],
                                                         roles=_ordered(held), own_roles=own))  # fmt: skip
    partners = [Partner(bureau=refs[other], shared=items) for other, items in shared.items()]
    partners.sort(key=lambda p: (-len(p.shared), p.bureau.name, p.bureau.id))
    return BureauPartners(bureau=NodeRef.of(bureau), initiatives=len(ids), partners=partners)


def _ordered(roles: set[str]) -> list[Role]:
    return sorted(roles, key=ROLE_ORDER.__getitem__)  # type: ignore[arg-type]
