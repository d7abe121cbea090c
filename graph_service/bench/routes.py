"""Each question route's requests/s beside a minimal FastAPI route's, measured in the same run.

The minimal app (:mod:`graph_service.bench.minimal`) and the service run under the same uvicorn
settings and the same load generator, one after the other; a route's figure is its share of the
faster minimal route. Beside it, the service's ``/health`` (``RETURN 1``: one round trip to the
store and nothing else) on the same server as the answers: a route's share of it says how far
the answer is from one round trip, and its own share of the minimal route how far one round
trip is from no store at all. Routes are asked about typical nodes (anchors drawn from the corpus, in
turn) and about the heaviest node of their kind (the most-reported initiative, the bureau with
the most reports, the meeting with the most facts), alone, with the answer cache off; then the
co-owners of one node asked again and again, with the cache on (the repeated-question rate).

A quick run asks the typical nodes only, each route for the run's seconds after a warm-up of a
few requests, on one server; the heaviest nodes, the repeated question and the depth-2 subgraph
(whose answers take longer than a quick run's second under load) are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from graph_service.bench.api import (
    ApiFigures,
    api_server,
    load_generator,
    peak_mb,
    warm,
    workers_of,
)
from graph_service.bench.questions import Anchors
from graph_service.stores.protocol import GraphStore

MINIMAL_APP = "graph_service.bench.minimal:create_app"
HEAVIEST = {"co-owners": "q_heaviest_initiative", "partners": "q_heaviest_bureau",
            "meeting": "q_heaviest_meeting"}  # fmt: skip
QUICK_LEFT_OUT = ("subgraph-2", "subgraph-2d")
"""Routes a quick run does not ask: their answers take longer than its second of load."""


@dataclass
class RouteRate:
    """Requests/s of one route asked about typical or the heaviest nodes."""

    route: str
    nodes: str
    requests_per_s: float
    errors: int


@dataclass
class RouteFigures:
    """The minimal routes' rates and each question route's, from one run."""

    workers: int
    generator: str
    seconds: float
    minimal: dict[str, float] = field(default_factory=dict)
    one_trip: float = 0.0
    """The rate of ``/health``, one store round trip, on the server that answered uncached."""
    routes: list[RouteRate] = field(default_factory=list)
    worker_peak_mb: list[float] = field(default_factory=list)
    """Each worker's peak memory in the server that answered uncached."""

    @property
    def ceiling(self) -> float:
        """The faster minimal route's rate: what a route's share is taken of."""
        return max(self.minimal.values(), default=0.0)

    def share(self, rate: float, of: float | None = None) -> float:
        """Return ``rate``'s share of ``of`` (the ceiling unless given), 0 without one.

        >>> RouteFigures(2, "wrk", 1.0, minimal={"/sync": 400.0}).share(100.0)
        0.25
        """
        ceiling = self.ceiling if of is None else of
        return rate / ceiling if ceiling else 0.0

    def co_owners(self) -> ApiFigures:
        """The co-owners route on typical nodes, uncached, as an API figure.

        >>> figures = RouteFigures(2, "wrk", 1.0, routes=[RouteRate("co-owners", "typical", 9, 0)])
        >>> figures.co_owners().requests_per_s
        9
        """
        rate = next(r for r in self.routes if (r.route, r.nodes) == ("co-owners", "typical"))
        return ApiFigures(self.workers, rate.requests_per_s, rate.errors, self.generator,
                          self.worker_peak_mb)  # fmt: skip


def route_paths(route: str, ids: list[str]) -> list[str]:
    """Return the path of ``route`` for each id (or search text).

    >>> route_paths("partners", ["bureau:x:区体育局"])
    ['/api/bureaus/bureau%3Ax%3A%E5%8C%BA%E4%BD%93%E8%82%B2%E5%B1%80/partners']
    >>> route_paths("search", ["体育"])
    ['/api/search?q=%E4%BD%93%E8%82%B2']
    >>> route_paths("subgraph-2", ["b"])
    ['/api/subgraph?node=b&depth=2']
    >>> route_paths("subgraph-2d", ["b"])
    ['/api/subgraph?node=b&depth=2&fields=drawn']
    """
    shapes = {"co-owners": "/api/initiatives/{}/bureaus", "partners": "/api/bureaus/{}/partners",
              "meeting": "/api/meetings/{}"}  # fmt: skip
    if route == "search":
        return [f"/api/search?{urlencode({'q': text})}" for text in ids]
    if route.startswith("subgraph-2"):  # subgraph-2d: as a graph page asks for it
        drawn = {"fields": "drawn"} if route == "subgraph-2d" else {}
        return [f"/api/subgraph?{urlencode({'node': node, 'depth': 2, **drawn})}" for node in ids]
    return [shapes[route].format(quote(node, safe="")) for node in ids]


def heaviest(store: GraphStore) -> dict[str, str]:
    """Return the heaviest node of each route that has one (see :data:`HEAVIEST`)."""
    found = {route: store.read_named(name).first() for route, name in HEAVIEST.items()}
    return {route: row["id"] for route, row in found.items() if row is not None}


def typical(anchors: Anchors) -> dict[str, list[str]]:
    """Return the anchors each route is asked about."""
    return {"co-owners": anchors.initiatives, "partners": anchors.bureaus,
            "meeting": anchors.meetings, "search": anchors.texts,
            "subgraph-2": anchors.bureaus, "subgraph-2d": anchors.bureaus}  # fmt: skip


def route_throughput(env: dict[str, str], anchors: Anchors, heavy: dict[str, str], workers: int,
                     seconds: float, quick: bool = False) -> RouteFigures:  # fmt: skip
    """Return the minimal routes' rates, then each question route's, typical and heaviest;
    ``quick``: typical only, short warm-ups, one server of the service (see the module)."""
    generator, measure = load_generator()
    figures = RouteFigures(workers, generator, seconds)
    with api_server(env, workers, MINIMAL_APP, "/sync") as (base, _):
        for path in ("/sync", "/async"):
            _warm_up(base, [path], quick)
            figures.minimal[path] = measure(base, [path], seconds)[0]
    asks = [(route, "typical", route_paths(route, ids)) for route, ids in typical(anchors).items()
            if not (quick and route in QUICK_LEFT_OUT)]  # fmt: skip
    asks += [] if quick else [(route, "heaviest", route_paths(route, [node]))
                              for route, node in heavy.items()]  # fmt: skip
    # Uncached: every answer is built anew, as for a question nobody asked since the last write.
    with api_server(env | {"MKG_ANSWER_CACHE_MB": "0"}, workers) as (base, server):
        figures.one_trip = _rates(base, [("health", "one round trip", ["/health"])], seconds,
                                  quick)[0].requests_per_s  # fmt: skip
        figures.routes += _rates(base, [ask for ask in asks if ask[2]], seconds, quick)
        figures.worker_peak_mb = [peak_mb(pid) for pid in workers_of(server.pid)]
    repeated = [(route, f"{nodes}, repeated", paths[:1]) for route, nodes, paths in asks
                if paths and route == "co-owners"]  # fmt: skip
    if not quick:
        with api_server(env, workers) as (base, _):
            figures.routes += _rates(base, repeated, seconds)
    return figures


def _warm_up(base: str, paths: list[str], quick: bool) -> None:
    """Ask ``paths`` untimed: a few requests in a quick run, else for a second."""
    if quick:
        warm(base, paths)
    else:
        load_generator()[1](base, paths, 1)


def _rates(base: str, asks: list[tuple[str, str, list[str]]], seconds: float,
           quick: bool = False) -> list[RouteRate]:  # fmt: skip
    """Return the rate of each ``(route, nodes, paths)``, asked after a warm-up."""
    _, measure = load_generator()
    rates = []
    for route, nodes, paths in asks:
        _warm_up(base, paths, quick)
        rate, errors = measure(base, paths, seconds)
        rates.append(RouteRate(route, nodes, rate, errors))
    return rates


def render_routes(figures: RouteFigures) -> list[str]:
    """Return the report lines of a routes run: each rate, its share of the minimal route and
    its share of one store round trip (``/health``)."""
    minimal = ", ".join(f"{path} {rate:,.0f}" for path, rate in figures.minimal.items())
    trip = figures.one_trip
    lines = [f"  API routes, {figures.workers} workers, {figures.seconds:.0f} s each, load from "
             f"{figures.generator}; minimal FastAPI route requests/s: {minimal}",
             f"  one store round trip (/health, RETURN 1): {trip:,.0f} requests/s, "
             f"{figures.share(trip):.3f} of the minimal route",
             f"    {'route':<12}{'nodes':<20}{'requests/s':>12}{'share':>8}{'of 1 trip':>11}"
             f"{'errors':>8}"]  # fmt: skip
    for r in figures.routes:
        lines.append(f"    {r.route:<12}{r.nodes:<20}{r.requests_per_s:>12,.0f}"
                     f"{figures.share(r.requests_per_s):>8.3f}"
                     f"{figures.share(r.requests_per_s, trip):>11.3f}{r.errors:>8}")  # fmt: skip
    return lines
