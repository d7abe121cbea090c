"""Reading the graph from the terminal: analyst Cypher (``query``) and exports (``export``).

Registered on the command line in :mod:`graph_service.cli.app`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.console import Console

from graph_service.cli.review import JsonOpt
from graph_service.graph_models import ReadResult
from graph_service.settings import Settings
from graph_service.stores.open import opened_store

ExportFormat = Literal[
    "json", "graphml", "csv"
]  # graph_service.export.graph's, without its networkx import
EXPORT_KINDS = {"json": "JSON", "graphml": "GraphML", "csv": "a ZIP of nodes.csv and edges.csv"}


def query(
    cypher: Annotated[str, typer.Argument(help="A read-only Cypher query.", show_default=False)],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="k=v; v is read as JSON if it parses.")
    ] = None,
    format: Annotated[
        Literal["table", "json"], typer.Option("--format", "-f", help="How to print the rows.")
    ] = "table",
    as_json: JsonOpt = False,
) -> None:
    """Run analyst Cypher under the API's rules: read only, time limit, row cap.

    Example: minutes-kg query "MATCH (b:Bureau) WHERE b.name CONTAINS $x RETURN b.name" -p x=应急
    """
    from graph_service.analyst.run import run_analyst_query

    params = parse_params(param or [])

    settings = Settings()
    with opened_store(settings) as store:
        result = run_analyst_query(store, cypher, params,
                                   timeout_s=settings.cypher_timeout_s,
                                   max_rows=settings.cypher_max_rows)  # fmt: skip
    _print_rows(result, "json" if as_json else format)


def export(
    format: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="csv writes a ZIP holding nodes.csv and edges.csv."),
    ] = "json",
    node: Annotated[
        str | None, typer.Option(help="Export only the subgraph around this id.")
    ] = None,
    depth: Annotated[int, typer.Option(min=1, max=3, help="Hops around --node.")] = 1,
    out: Annotated[Path | None, typer.Option(help="Write to this file instead of stdout.")] = None,
    as_of: Annotated[
        str | None, typer.Option(help="YYYY-MM-DD: only what meetings up to that date said.")
    ] = None,
) -> None:
    """Export the whole graph, or the subgraph around a node, with evidence on every edge.

    JSON and GraphML are one file each; csv is a ZIP holding nodes.csv and edges.csv.

    Example: minutes-kg export --format graphml --node "bureau:长宁区人民政府:区应急管理局" --out g.graphml
    """
    from graph_service.export.graph import export as export_graph

    with opened_store(Settings()) as store:
        exported = export_graph(store, format, node=node, depth=depth, as_of=as_of)
    if exported is None:
        raise typer.BadParameter(f"{node}: no node has this id", param_hint="--node")
    _write_bytes(exported.content, out, EXPORT_KINDS[format])


def parse_params(pairs: list[str]) -> dict[str, Any]:
    """Return query parameters from ``k=v`` pairs; a value that parses as JSON is that value.

    Raises:
        typer.BadParameter: a pair has no ``=``.

    >>> parse_params(["item=3", "name=区应急局", 'ids=["a"]'])
    {'item': 3, 'name': '区应急局', 'ids': ['a']}
    """
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"{pair!r}: write it as name=value", param_hint="--param")
        try:
            params[key] = json.loads(value)
        except ValueError:
            params[key] = value
    return params


def _print_rows(result: ReadResult, format: str) -> None:
    from graph_service.cli.summary import rows_table

    if format == "json":
        typer.echo(result.model_dump_json(indent=1))
    else:
        Console().print(rows_table(result))


def _write_bytes(data: bytes, out: Path | None, kind: str) -> None:
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        out.write_bytes(data)
        typer.echo(f"wrote {out}: {kind}, {len(data)} bytes", err=True)
