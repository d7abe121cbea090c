"""The minutes extractor: a normalised :class:`Document` in, an :class:`Extraction` out.

Pure and deterministic: no store, no network, no model. All matching runs on the simplified twin
of the text; names are reported as written (sliced from the text at the same offsets) with their
simplified form beside them when they differ.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from loaders.directives import find_directives
from loaders.header import parse_header
from loaders.items import Item, split_items
from loaders.models import (
    Bureau,
    Directed,
    Document,
    Extraction,
    Initiative,
    Plan,
    Related,
    Reported,
)
from loaders.registry import Registry, load_registry
from loaders.reports import find_plans, find_reports
from loaders.subjects import initiative_name, programme_phrase

_COMBINE = re.compile(
    r"(?:结合|纳入|衔接)(?:好|到|进)?(?P<np>[^，。；：、\n]{2,40})|"
    r"与(?P<np2>[^，。；：、\n]{2,40}?)(?:有效|紧密|有机|相)?(?:统筹起来|结合起来|衔接起来)?"
    r"(?:同步推进|一体推进|统筹推进|衔接|结合)"
)
_REQUIREMENT = re.compile(
    r"(?:按照|坚持|落实|遵循|执行|贯彻|严守|对照)“(?P<q>[^“”]{2,12})”|“(?P<q2>[^“”]{2,12})”(?:的)?(?:工作)?要求"
)
_SENTENCE_END = re.compile(r"[。！？；\n]")


@dataclass
class _Context:
    """The document being extracted, with its sentence boundaries and the facts found so far."""

    doc: Document
    places: tuple[str, ...]
    result: Extraction
    bounds: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.doc.simplified

    def sentence(self, pos: int) -> tuple[int, int]:
        """The span of the sentence holding ``pos`` (without surrounding whitespace)."""
        index = bisect_right(self.bounds, pos)
        start = self.bounds[index - 1] if index else 0
        end = self.bounds[index] if index < len(self.bounds) else len(self.text)
        while start < end and self.text[start].isspace():
            start += 1
        return start, end

    def evidence(self, pos: int) -> dict:
        start, end = self.sentence(pos)
        return {"span": (start, end), "evidence": self.doc.text[start:end]}

    def written(self, name: str, pos: int) -> tuple[str, str | None]:
        """The name as written at ``pos`` and its simplified form when that differs."""
        as_written = self.doc.text[pos : pos + len(name)]
        return as_written, (name if as_written != name else None)


def extract(document: Document, registry: Registry | None = None) -> Extraction:
    """Extract the meeting, its bureaus, plans, initiatives and edges from a document.

    Args:
        document: a read and normalised document (see :func:`loaders.readers.read_document`).
        registry: the bureau registry; the bundled one plus ``MKG_REGISTRY`` by default.

    Returns:
        The extraction, every fact with its ``span`` and ``evidence``; bureaus resolved to their
        canonical name within the meeting's government.
    """
    text = document.simplified
    meeting = parse_header(text, document.published, document.portal)
    result = Extraction(source=document.source, doc=document.doc, meeting=meeting)
    ctx = _Context(document, _places(text, meeting.issuer), result)
    ctx.bounds = [m.end() for m in _SENTENCE_END.finditer(text)]
    requirements: dict[str, list[tuple[str, int]]] = {}
    for item in split_items(text, _body_start(text)):
        primary = _extract_item(ctx, item)
        if primary:
            for match in _REQUIREMENT.finditer(text, item.lead_end, item.end):
                quote = match["q"] or match["q2"]
                requirements.setdefault(quote, []).append((primary, match.start()))
    _shared_requirements(ctx, requirements)
    _collect_bureaus(ctx)
    _resolve(result, registry or load_registry())
    if not result.reported and not result.plans and not result.directed:
        result.warnings.append(f"{document.source}: no agenda items found; is this a minutes text?")
    return result


def _body_start(text: str) -> int:
    """Items start after 纪要如下 when there is one: the sentence before it only summarises them."""
    match = re.search(r"(?:纪要|议定事项|主要内容)如下[：:]?", text[:3000])
    return match.end() if match else 0


def _places(text: str, issuer: str | None) -> tuple[str, ...]:
    """Place names of the government (长宁区) and of the levels written before it (上海市)."""
    if not issuer:
        return ()
    place = issuer.removesuffix("人民政府")
    places = {place}
    for match in re.finditer(re.escape(place), text):
        pos = match.start()
        while pos >= 3 and text[pos - 1] in "省市" and "\u4e00" <= text[pos - 3] <= "\u9fff":
            places.add(text[pos - 3 : pos])
            pos -= 3
    return tuple(sorted(places, key=len, reverse=True))


def _extract_item(ctx: _Context, item: Item) -> str | None:
    """Add the facts of one item; return the name of its main initiative."""
    text = ctx.text
    # Documents conveyed (传达学习) are background, not plans of the meeting.
    plans = [] if item.verb.startswith(("传达", "学习")) else find_plans(text, item)
    for title, pos in plans:
        name, simplified = ctx.written(title, pos)
        ctx.result.plans.append(
            Plan(title=name, simplified=simplified, item=item.number, **ctx.evidence(pos))
        )
    reports = find_reports(text, item, [t for t, _ in plans])
    for report in reports:
        ctx.result.reported.append(
            Reported(
                item=item.number,
                bureau=ctx.written(report.unit, report.pos)[0],
                subject=report.subject,
                role=report.role,
                **ctx.evidence(report.pos),
            )
        )
    initiatives = _initiatives(ctx, item, plans, reports)
    for directive in find_directives(text, item):
        ctx.result.directed.append(
            Directed(
                item=item.number,
                to=ctx.written(directive.to, directive.pos)[0],
                group=directive.group,
                directive=directive.action,
                **ctx.evidence(directive.pos),
            )
        )
    if initiatives:
        _combined(ctx, item, initiatives)
    return initiatives[0] if initiatives else None


def _initiatives(
    ctx: _Context, item: Item, plans: list[tuple[str, int]], reports: list
) -> list[str]:
    names: list[str] = []
    for title, pos in plans:
        name = initiative_name(title, ctx.places)
        if name:
            _add_initiative(ctx, item, name, pos)
            ctx.result.related.append(
                Related.model_validate(
                    {"from": title, "to": name, "kind": "implements", **ctx.evidence(pos)}
                )
            )
            names.append(name)
    titles = {title for title, _ in plans}
    subjects = [(r.subject, r.pos) for r in reports if r.subject not in titles]
    if not names and not subjects:
        subject = _item_subject(ctx.text, item)
        subjects = [subject] if subject else []
    for subject, pos in dict.fromkeys(subjects):
        if "《" in subject:
            continue  # a conveyed law or document is background, not a line of work
        name = initiative_name(subject, ctx.places)
        if name and name not in names:
            _add_initiative(ctx, item, name, pos)
            names.append(name)
    return names


def _item_subject(text: str, item: Item) -> tuple[str, int] | None:
    lead = text[item.start : item.lead_end]
    match = (
        re.search(rf"(?:{item.verb})(?:了|并)?(?:关于)?(?P<s>[^，。；\n]{{2,60}})", lead)
        if item.verb
        else None
    )
    return (match["s"], item.start + match.start("s")) if match else None


def _add_initiative(ctx: _Context, item: Item, name: str, pos: int) -> None:
    if all(i.name != name for i in ctx.result.initiatives):
        ctx.result.initiatives.append(Initiative(name=name, item=item.number, **ctx.evidence(pos)))


def _combined(ctx: _Context, item: Item, names: list[str]) -> None:
    """combined_with: 结合/纳入/同步推进/一体推进/衔接 tie the item's initiative to another."""
    for match in _COMBINE.finditer(ctx.text, item.lead_end, item.end):
        raw = match["np"] or match["np2"]
        phrase = programme_phrase(raw) if match["np"] else _tied_phrase(raw)
        phrase = _known_initiative(ctx, phrase) if phrase else _mentioned_initiative(ctx, raw)
        source = _mentioned_initiative(ctx, _clause_before(ctx.text, match.start())) or names[0]
        if phrase and phrase != source:
            _add_initiative(ctx, item, phrase, match.start())
            ctx.result.related.append(
                Related.model_validate(
                    {
                        "from": source,
                        "to": phrase,
                        "kind": "combined_with",
                        **ctx.evidence(match.start()),
                    }
                )
            )


def _clause_before(text: str, pos: int) -> str:
    start = max(text.rfind(mark, 0, pos) for mark in "，。；\n")
    return text[start + 1 : pos]


def _mentioned_initiative(ctx: _Context, phrase: str) -> str | None:
    """An initiative of the document named inside a phrase (纳入法治政府建设年度考核 → 法治政府建设)."""
    for initiative in ctx.result.initiatives:
        if len(initiative.name) >= 4 and initiative.name in phrase:
            return initiative.name
    return None


def _tied_phrase(phrase: str) -> str | None:
    """The X of 与X同步推进: the construction itself says X is a line of work."""
    text = re.sub(r"^.*的", "", phrase).strip("“”")
    return text if len(text) >= 3 and not re.search(r"[要把将在对]", text[:1]) else None


def _known_initiative(ctx: _Context, phrase: str) -> str:
    """An initiative already named in the document, when the phrase is a shorter or longer form of it."""
    plain = phrase.replace("“", "").replace("”", "")
    for initiative in ctx.result.initiatives:
        if plain in initiative.name or initiative.name in plain:
            return initiative.name
    return plain


def _shared_requirements(ctx: _Context, requirements: dict[str, list[tuple[str, int]]]) -> None:
    for quote, uses in requirements.items():
        names = list(dict.fromkeys(name for name, _ in uses))
        for first, second in itertools.pairwise(names):
            pos = next(p for n, p in uses if n == second)
            ctx.result.related.append(
                Related.model_validate(
                    {
                        "from": first,
                        "to": second,
                        "kind": "shared_requirement",
                        "why": f"both follow the “{quote}” requirement",
                        **ctx.evidence(pos),
                    }
                )
            )


def _collect_bureaus(ctx: _Context) -> None:
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


def _resolve(result: Extraction, registry: Registry) -> None:
    government, date = result.meeting.issuer, result.meeting.date
    canonical: dict[str, str] = {}
    for bureau in result.bureaus:
        resolution = registry.resolve(bureau.simplified or bureau.name, government, date)
        bureau.canonical, bureau.government = resolution.canonical, government
        canonical[bureau.name] = resolution.canonical
    for report in result.reported:
        report.canonical = canonical.get(report.bureau)
    for directive in result.directed:
        directive.canonical = None if directive.group else canonical.get(directive.to)
