"""The packages' imports point one way: models, errors, settings ← stores ← loading, questions ←
export, curation, analyst, pages ← api, cli ← bench; ``loaders`` never imports the service.

Imports inside functions count as well.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parents[1]
RANKS = {
    **dict.fromkeys(("graph_models", "errors", "settings", "__init__"), 0),
    "stores": 1,
    **dict.fromkeys(("loading", "questions"), 2),
    **dict.fromkeys(("export", "curation", "analyst", "pages", "viz"), 3),
    **dict.fromkeys(("api", "cli"), 4),
    "bench": 5,
    "__main__": 6,
}


def imported(path: Path) -> set[str]:
    """Return every module ``path`` imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


def package(module: str) -> str | None:
    """Return the layer a dotted module belongs to (``viz`` counts as one), or ``None``.

    >>> package("graph_service.stores.falkor"), package("viz.render"), package("json")
    ('stores', 'viz', None)
    """
    parts = module.split(".")
    if parts[0] == "viz":
        return "viz"
    if parts[0] != "graph_service" or len(parts) < 2:
        return None
    return parts[1].removesuffix(".py")


def service_modules() -> list[tuple[str, Path]]:
    """Return (package, path) for every module of the service and of ``viz``."""
    paths = [*ROOT.glob("graph_service/**/*.py"), *ROOT.glob("viz/*.py")]
    return [(package(".".join(p.relative_to(ROOT).with_suffix("").parts)) or "", p) for p in paths]


@pytest.mark.parametrize(("layer", "path"), service_modules(), ids=lambda v: str(v))
def test_layers_a_module_imports_only_its_own_layer_or_lower(layer, path):
    above = sorted(
        name for name in imported(path)
        if (target := package(name)) in RANKS and RANKS[target] > RANKS[layer]
    )  # fmt: skip
    assert above == [], f"{path.relative_to(ROOT)} imports a layer above its own ({layer})"


def test_layers_packages_import_each_other_without_cycles():
    graph = nx.DiGraph()
    for layer, path in service_modules():
        graph.add_edges_from(
            (layer, t) for n in imported(path) if (t := package(n)) not in (None, layer)
        )
    assert list(nx.simple_cycles(graph)) == []


def test_layers_loaders_never_import_the_service():
    importers = [p for p in ROOT.glob("loaders/**/*.py")
                 if any(name.startswith("graph_service") for name in imported(p))]  # fmt: skip
    assert importers == []


def test_layers_route_modules_do_not_import_each_other():
    routes = ROOT / "graph_service" / "api" / "routes"
    crossing = [p.name for p in routes.glob("*.py")
                if any(n.startswith("graph_service.api.routes.") for n in imported(p))]  # fmt: skip
    assert crossing == []
