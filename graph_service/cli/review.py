"""``minutes-kg review`` and ``minutes-kg loads``: curation and change history from the terminal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import TypeAdapter, ValidationError
from rich.console import Console
from rich.table import Column, Table

from graph_service.curation import review
from graph_service.curation.rewrite import DecisionResult
from graph_service.loading import history
from graph_service.loading.decisions import Decision, decisions, explain
from graph_service.loading.report import STATUSES
from graph_service.settings import Settings
from graph_service.stores.open import opened_store
from loaders.errors import MinutesKGError

review_app = typer.Typer(
    help="Review unresolved bureau names and record curators' decisions.", no_args_is_help=True
)
loads_app = typer.Typer(help="The history of loads: who loaded what, and what changed.",
                        no_args_is_help=True)  # fmt: skip
GovOpt = Annotated[
    str, typer.Option("--government", "-g", help="The government, e.g. 长宁区人民政府.")
]
FromOpt = Annotated[str | None, typer.Option("--from", help="First meeting date it applies to.")]
ToOpt = Annotated[str | None, typer.Option("--to", help="Last meeting date it applies to.")]
ByOpt = Annotated[str | None, typer.Option(help="Who decides (recorded with the decision).")]
NoteOpt = Annotated[str | None, typer.Option(help="Why, for whoever reads the decision later.")]
DECISIONS = TypeAdapter(list[Decision])
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def print_json(value: Any) -> None:
    """Print ``value`` (models, lists and dicts of them) as indented JSON, Chinese as it is."""
    typer.echo(json.dumps(TypeAdapter(Any).dump_python(value, mode="json"), ensure_ascii=False,
                          indent=1))  # fmt: skip


def _take(**fields: Any) -> None:
    try:
        decision = Decision(**fields)
    except ValidationError as error:
        raise MinutesKGError(explain(error)) from error
    with opened_store(Settings()) as store:
        _print_result(review.decide(store, decision))


def _print_result(result: DecisionResult) -> None:
    d = result.decision
    verb = "withdrew" if result.withdrawn else "took"
    typer.echo(f"{verb} {d.id}: {d.kind} {d.name} → {d.target} ({d.government})")
    changed = sum(status != "unchanged" for status in result.files.values())
    typer.echo(f"rewrote {changed} of {len(result.files)} files; load {result.load or '-'}")


@review_app.command("list")
def list_(
    government: Annotated[str | None, typer.Option("--government", "-g")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 50,
    as_json: JsonOpt = False,
) -> None:
    """List unresolved bureau names with a sentence each and the likeliest bureaus.

    Example: minutes-kg review list -g 长宁区人民政府
    """
    with opened_store(Settings()) as store:
        queue = review.review_queue(store, government=government, limit=limit)
    if as_json:
        print_json(queue)
        return
    table = Table("name", "government", "docs", "sentence", "candidates")
    for item in queue.items:
        sentence = item.sentences[0].props.get("evidence", "") if item.sentences else ""
        best = ", ".join(f"{c.name} ({c.score:.2f})" for c in item.candidates)
        table.add_row(item.bureau.name, item.bureau.props.get("government", ""),
                      str(len(item.bureau.docs)), sentence, best)  # fmt: skip
    Console().print(table if queue.items else "nothing to review: every bureau name is resolved")


@review_app.command()
def bureaus(government: GovOpt, as_json: JsonOpt = False) -> None:
    """List the bureaus of a government: the names a merge may take as its target.

    Example: minutes-kg review bureaus -g 长宁区人民政府
    """
    with opened_store(Settings()) as store:
        choices = review.bureau_choices(store, government)
    if as_json:
        print_json(choices)
        return
    table = Table("name", "resolved", "docs", "id")
    for c in choices:
        table.add_row(c.name, "yes" if c.resolved else "no", str(c.documents), c.id)
    Console().print(table)


@review_app.command()
def merge(name: str, into: str, government: GovOpt, valid_from: FromOpt = None,
          valid_to: ToOpt = None, by: ByOpt = None, note: NoteOpt = None) -> None:  # fmt: skip
    """Say that NAME, as written, is the bureau INTO; applied at once to every document.

    INTO must be a bureau of the government already (see review bureaus).

    Example: minutes-kg review merge 区重大办 区重大工程建设推进办公室 -g 长宁区人民政府
    """
    _take(kind="merge", name=name, target=into, government=government, valid_from=valid_from,
          valid_to=valid_to, by=by, note=note)  # fmt: skip


@review_app.command()
def split(name: str, government: GovOpt,
          as_name: Annotated[str | None, typer.Option("--as", help="Its own canonical name.")] = None,
          valid_from: FromOpt = None, valid_to: ToOpt = None, by: ByOpt = None,
          note: NoteOpt = None) -> None:  # fmt: skip
    """Say that NAME is a unit of its own (confirms an unresolved name, or undoes a registry alias).

    Example: minutes-kg review split 区建委 -g 长宁区人民政府 --from 2023-01-01
    """
    _take(kind="split", name=name, target=as_name or name, government=government,
          valid_from=valid_from, valid_to=valid_to, by=by, note=note)  # fmt: skip


@review_app.command()
def rename(bureau: str, new_name: str, government: GovOpt, valid_from: FromOpt = None,
           valid_to: ToOpt = None, by: ByOpt = None, note: NoteOpt = None) -> None:  # fmt: skip
    """Give BUREAU the name NEW_NAME; with --from, meetings before that date keep the old unit.

    Example: minutes-kg review rename 区林业局 区自然资源和林业局 -g 甲区人民政府 --from 2023-01-01
    """
    _take(kind="rename", name=bureau, target=new_name, government=government,
          valid_from=valid_from, valid_to=valid_to, by=by, note=note)  # fmt: skip


@review_app.command()
def withdraw(decision_id: str) -> None:
    """Withdraw a decision; the documents it touched are resolved again without it.

    Example: minutes-kg review withdraw decision:1a2b3c4d5e6f
    """
    with opened_store(Settings()) as store:
        result = review.withdraw(store, decision_id)
    if result is None:
        raise MinutesKGError(f"no decision with id {decision_id!r}; see minutes-kg review export -")
    _print_result(result)


@review_app.command("export")
def export_(
    file: Annotated[Path, typer.Argument(help="JSON file to write; - for stdout.")],
) -> None:
    """Write every decision to a JSON file another team can import.

    Example: minutes-kg review export decisions.json
    """
    with opened_store(Settings()) as store:
        text = DECISIONS.dump_json(decisions(store), indent=1).decode()
    if str(file) == "-":
        typer.echo(text)
    else:
        file.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {file}", err=True)


@review_app.command("import")
def import_(file: Annotated[Path, typer.Argument(help="A JSON file from review export.")]) -> None:
    """Take the decisions of an exported file (those already here are skipped).

    Example: minutes-kg review import decisions.json
    """
    try:
        taken = DECISIONS.validate_json(file.read_bytes())
    except (OSError, ValidationError) as error:
        raise MinutesKGError(f"{file}: not a decisions file from review export: {error}") from error
    with opened_store(Settings()) as store:
        results = review.import_decisions(store, taken)
    typer.echo(f"took {len(results)} of {len(taken)} decisions ({len(taken) - len(results)} "
               "were already here)")  # fmt: skip


@loads_app.command("list")
def loads_list(limit: Annotated[int, typer.Option(min=1)] = 20, as_json: JsonOpt = False) -> None:
    """List loads, newest first.

    Example: minutes-kg loads list --limit 5
    """
    with opened_store(Settings()) as store:
        records = history.loads(store, limit=limit)
    if as_json:
        print_json(records)
        return
    # The id is what `loads diff` takes: never shortened, whatever the terminal's width.
    widest = max((len(r.id) for r in records), default=2)
    table = Table(Column("id", no_wrap=True, min_width=widest), "at", "by", "via", "added",
                  "replaced", "unchanged", "empty", "failed")  # fmt: skip
    for r in records:
        counts = [str(r.documents.get(k, 0)) for k in STATUSES]
        table.add_row(r.id, r.at[:19], r.by, r.via, *counts)
    Console().print(table)


@loads_app.command("diff")
def loads_diff(load_id: str) -> None:
    """Print the facts a load added (still in the graph) and removed, as JSON.

    Example: minutes-kg loads diff load:20241125T101500123456:a1b2c3
    """
    with opened_store(Settings()) as store:
        found = history.diff(store, load_id)
    if found is None:
        raise MinutesKGError(f"no load with id {load_id!r}; see minutes-kg loads list")
    typer.echo(
        json.dumps(found.model_dump(exclude={"load": {"files"}}), ensure_ascii=False, indent=1)
    )
