"""The bureau co-ownership network, analysed with networkx.

Two bureaus are linked when they co-own at least one initiative (see
:mod:`graph_service.questions.owners`); the link's weight is the number of initiatives they share.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx

from graph_service.questions.answers import BureauMetrics, BureauNetwork, NodeRef
from graph_service.questions.asking import ask
from graph_service.questions.governments import check_government
from graph_service.stores.protocol import GraphReader

COMMUNITY_SEED = 7  # Louvain is randomised; a fixed seed gives the same communities every time


def co_ownership_graph(owners: dict[str, set[str]]) -> nx.Graph:
    """Return the weighted bureau graph of ``owners`` (initiative → co-owning bureau ids).

    Nodes and edges are added in sorted order so that every algorithm sees the same graph.

    >>> g = co_ownership_graph({"i1": {"a", "b"}, "i2": {"a", "b", "c"}})
    >>> g["a"]["b"]["weight"], g.number_of_edges()
    (2, 3)
    """
    weights: dict[tuple[str, str], int] = defaultdict(int)
    for bureaus in owners.values():
        for pair in combinations(sorted(bureaus), 2):
            weights[pair] += 1
    graph = nx.Graph()
    graph.add_nodes_from(sorted(set().union(*owners.values())) if owners else [])
    graph.add_weighted_edges_from((a, b, w) for (a, b), w in sorted(weights.items()))
    return graph


def communities(graph: nx.Graph, seed: int = COMMUNITY_SEED) -> list[list[str]]:
    """Return the graph's Louvain communities, largest first, each sorted.

    >>> g = nx.Graph([("a", "b"), ("c", "d")])
    >>> communities(g)
    [['a', 'b'], ['c', 'd']]
    """
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    return sorted((sorted(group) for group in found), key=lambda group: (-len(group), group))


def bureau_network(
    store: GraphReader, as_of: str | None = None, government: str | None = None
) -> BureauNetwork:
    """Return each bureau's degree, strength, betweenness and community in the co-ownership network.

    With ``government``, the network of that government's bureaus only.

    Raises:
        UnknownGovernmentError: the graph holds no such government.
    """
    owners: dict[str, set[str]] = defaultdict(set)
    refs: dict[str, NodeRef] = {}
    gov = check_government(store, government)
    for row in ask(store, "q_co_ownership", as_of=as_of, government=gov):
        owners[row["initiative"]].add(row["bureau"])
        refs[row["bureau"]] = NodeRef(id=row["bureau"], label="Bureau", name=row["name"],
                                      government=row["government"])  # fmt: skip
    graph = co_ownership_graph(owners)
    groups = communities(graph)
    community = {bureau: k for k, group in enumerate(groups) for bureau in group}
    betweenness = nx.betweenness_centrality(graph, normalized=True)
    held = {bureau: sum(bureau in b for b in owners.values()) for bureau in graph}
    metrics = [
        BureauMetrics(
            bureau=refs[b],
            initiatives=held[b],
            degree=graph.degree(b),
            strength=graph.degree(b, weight="weight"),
            betweenness=round(betweenness[b], 6),
            community=community[b],
        )
        for b in graph
    ]
    metrics.sort(key=lambda m: (-m.degree, -m.betweenness, m.bureau.name, m.bureau.id))
    return BureauNetwork(bureaus=metrics, links=graph.number_of_edges(), communities=groups)
