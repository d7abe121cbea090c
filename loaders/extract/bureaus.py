"""The extraction's bureaus, read back from its facts as the text writes them: a bare unit name
placed under the government's prefix, each unit collected once in order of mention, then resolved
against the bureau registry.
"""

from __future__ import annotations

from collections.abc import Iterator

from loaders.extract.context import Context
from loaders.extract.registry import Registry
from loaders.extract.unit_names import unit_of
from loaders.models import Bureau, Directed, Extraction, Reported


def place_bare_names(ctx: Context) -> None:
    """A unit named bare in a list (发改局) that the document also writes with one government
    prefix (区发改局) is that unit, named as the prefixed form."""
    named: list[Reported | Directed] = [*ctx.result.reported]
    named += (d for d in ctx.result.directed if not d.group)
    forms: dict[str, str | None] = {}  # a unit is named in many facts: its form is read once
    for fact in named:
        name = fact.bureau if isinstance(fact, Reported) else fact.to
        if name not in forms:
            forms[name] = _placed_form(ctx, name)
        placed = forms[name]
        if placed is None:
            continue
        if isinstance(fact, Reported):
            fact.bureau = placed
        else:
            fact.to = placed


def _placed_form(ctx: Context, name: str) -> str | None:
    """The one prefixed form (区发改局) the text gives a bare unit name (发改局), as written."""
    at = ctx.doc.text.find(name)
    if at < 0 or len(name) < 3 or unit_of(ctx.text[at : at + len(name)]):
        return None
    forms = set(_prefixed(ctx.doc.text, name))
    return forms.pop() if len(forms) == 1 else None


def _prefixed(text: str, name: str) -> Iterator[str]:
    """What ``re.finditer("[区县市旗區縣]" + re.escape(name), text)`` matches, without compiling a
    pattern for each name.

    >>> list(_prefixed("区发改局和市发改局、发改局", "发改局"))
    ['区发改局', '市发改局']
    """
    free = 0  # where the last form ends: the next may not start before
    at = text.find(name, 1)
    while at >= 0:
        if at - 1 >= free and text[at - 1] in _LEVELS:
            yield text[at - 1 : at + len(name)]
            free = at + len(name)
        at = text.find(name, at + 1)


_LEVELS = "区县市旗區縣"


def collect_bureaus(ctx: Context) -> None:
    """Bureaus are the units that reported or were told to act, each once, in order of mention."""
    seen: set[str] = set()
    named = [(r.bureau, r.span) for r in ctx.result.reported]
    named += [(d.to, d.span) for d in ctx.result.directed if not d.group]
    for name, span in named:
        if name in seen:
            continue
        seen.add(name)
        start = span[0] if span else 0
        pos = ctx.doc.text.find(name, start)
        simplified = ctx.text[pos : pos + len(name)] if pos >= 0 else None
        ctx.result.bureaus.append(
            Bureau(
                name=name,
                simplified=simplified if simplified != name else None,
                span=span,
                evidence=ctx.doc.text[span[0] : span[1]] if span else None,
            )
        )


def resolve_bureaus(result: Extraction, registry: Registry) -> None:
    government, date = result.meeting.issuer, result.meeting.date
    canonical: dict[str, str] = {}
    for bureau in result.bureaus:
        resolution = registry.resolve(bureau.simplified or bureau.name, government, date)
        bureau.canonical, bureau.government = resolution.canonical, government
        bureau.resolved = resolution.known
        canonical[bureau.name] = resolution.canonical
    for report in result.reported:
        report.canonical = canonical.get(report.bureau)
    for directive in result.directed:
        directive.canonical = None if directive.group else canonical.get(directive.to)
