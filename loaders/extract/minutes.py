"""The minutes extractor: a normalised :class:`Document` in, an :class:`Extraction` out.

Pure and deterministic: no store, no network, no model. All matching runs on the simplified twin
of the text; names are reported as written (sliced from the text at the same offsets) with their
simplified form beside them when they differ.
"""

from __future__ import annotations

import re

from loaders.extract.approvals import add_approvals
from loaders.extract.background import conveyed
from loaders.extract.bureaus import collect_bureaus, place_bare_names, resolve_bureaus
from loaders.extract.context import Context
from loaders.extract.copies import with_usual_words
from loaders.extract.directives import find_directives
from loaders.extract.facts import append_plan, as_directed, as_reported
from loaders.extract.header import HEADER_WINDOW, parse_header
from loaders.extract.initiatives import drop_summarised, item_initiatives
from loaders.extract.items import Item, split_items
from loaders.extract.not_reported import elsewhere_cues, heard_elsewhere
from loaders.extract.occurrences import occurrences
from loaders.extract.opening import (
    add_held_openings,
    add_opening_initiatives,
    add_opening_plans,
    add_preamble_directives,
)
from loaders.extract.places import written_short
from loaders.extract.plans import approved_titles, find_plans, new_title
from loaders.extract.registry import Registry, load_registry
from loaders.extract.related import REQUIREMENT, add_combined, add_shared_requirements
from loaders.extract.reports import find_reports
from loaders.extract.submissions import find_submissions
from loaders.extract.submitted_reports import add_submission
from loaders.models import Document, Extraction, Meeting

_SENTENCE_END = re.compile(r"[。！？；\n]")


def extract(document: Document, registry: Registry | None = None) -> Extraction:
    """Extract the meeting, its bureaus, plans, initiatives and edges from a document.

    Args:
        document: a read and normalised document (see :func:`loaders.read.readers.read_document`).
        registry: the bureau registry; the bundled one by default.

    Returns:
        The extraction, every fact with its ``span`` and ``evidence``; bureaus resolved to their
        canonical name within the meeting's government.
    """
    if (titled := with_usual_words(document.simplified)) != document.simplified:
        document = document.model_copy(update={"simplified": titled})
    text = document.simplified
    header = parse_header(text, document.published, document.portal, document.doc_number)
    meeting = _as_written(header, document)
    result = Extraction(source=document.source, doc=document.doc, meeting=meeting)
    ctx = Context(document, _places(text, meeting.issuer), result)
    ctx.bounds = [m.end() for m in _SENTENCE_END.finditer(text)]
    requirements: dict[str, list[tuple[str, int]]] = {}
    body = _body_start(text)
    items = split_items(text, body)
    add_opening_initiatives(ctx, items, body)
    for item in items:
        primary = _extract_item(ctx, item)
        if primary:
            quoted = text.find("“", item.lead_end, item.end) >= 0
            for match in REQUIREMENT.finditer(text, item.lead_end, item.end) if quoted else ():
                quote = match["q"] or match["q2"]
                requirements.setdefault(quote, []).append((primary, match.start()))
    add_preamble_directives(ctx, items, body)
    add_opening_plans(ctx, items, body)
    end = items[-1].end if items else len(text)  # not the page's furniture after the minutes
    for submission in find_submissions(text, body, end):
        add_submission(ctx, items, submission)
    add_approvals(ctx, items)
    add_shared_requirements(ctx, requirements)
    add_held_openings(ctx, items, body)
    drop_summarised(result)
    # 龙湖区作为中心城区，要…: the meeting speaks of itself; 中央有关部门要…: a speech conveyed.
    result.directed = [d for d in result.directed if not _own_or_above(ctx, d.to, d.span)]
    result.reported = [r for r in result.reported if not _own_or_above(ctx, r.bureau, r.span)]
    place_bare_names(ctx)
    collect_bureaus(ctx)
    resolve_bureaus(result, registry or load_registry())
    if not (result.reported or result.plans or result.directed or result.initiatives):
        result.warnings.append(f"{document.source}: no agenda items found; is this a minutes text?")
    return result


def _as_written(meeting: Meeting, document: Document) -> Meeting:
    """Chair and doc number as written (traditional pages); the issuer stays simplified, as the
    government's identity must not depend on the script of a mirror site."""
    for field in ("chair", "doc_number", "chair_title"):
        value = getattr(meeting, field)
        pos = document.simplified.find(value) if value else -1
        if pos >= 0:
            setattr(meeting, field, document.text[pos : pos + len(value)])
    return meeting


_AS_FOLLOWS = re.compile(r"(?:纪要|议定事项|主要内容)如下[：:]?")


def _body_start(text: str) -> int:
    """Items start after 纪要如下 when there is one: the sentence before it only summarises them."""
    match = _AS_FOLLOWS.search(text, 0, HEADER_WINDOW)
    return match.end() if match else 0


def _places(text: str, issuer: str | None) -> tuple[str, ...]:
    """Place names of the government (长宁区, 秀山县 for 秀山土家族苗族自治县) and of the levels
    written before it (上海市)."""
    if not issuer:
        return ()
    place = issuer.removesuffix("人民政府")
    places = {place, written_short(place)}
    for pos in occurrences(text, place):
        while pos >= 3 and text[pos - 1] in "省市" and "\u4e00" <= text[pos - 3] <= "\u9fff":
            places.add(text[pos - 3 : pos])
            pos -= 3
    return tuple(sorted(places, key=len, reverse=True))


# The centre is told nothing by a local meeting: such words are a speech or document conveyed.
_ABOVE = ("中央", "党中央", "国务院")
_GOVERNMENT = re.compile(r"(?<=[区县市旗])(?:人民)?政府$")


def _simplified_at(ctx: Context, written: str, start: int) -> str:
    """A name as written on a traditional page, in the simplified text the rules read."""
    pos = ctx.doc.text.find(written, start)
    return ctx.text[pos : pos + len(written)] if pos >= 0 else written


def _own_or_above(ctx: Context, name: str, span: tuple[int, int] | None) -> bool:
    """Whether a unit named as written at ``span`` is the meeting's own government or the centre,
    read in the simplified text (a traditional page writes 龍湖區)."""
    return _told_nothing(_simplified_at(ctx, name, span[0] if span else 0), ctx.places)


def _told_nothing(to: str, places: tuple[str, ...]) -> bool:
    """Whether an addressee is the meeting's own government or the centre.

    >>> _told_nothing("龙湖区", ("龙湖区", "龙湖")), _told_nothing("中央有关部门", ())
    (True, True)
    >>> _told_nothing("龙湖区人民政府", ("龙湖区",)), _told_nothing("区财政局", ("龙湖区",))
    (True, False)
    """
    return _GOVERNMENT.sub("", to) in places or to.startswith(_ABOVE)


def _extract_item(ctx: Context, item: Item) -> str | None:
    """Add the facts of one item; return the name of its main initiative."""
    # Documents conveyed (传达学习) are background, not plans of the meeting; a title the same
    # sentence goes on to review (…精神，审议《A》) is one.
    plans = [p for p in find_plans(ctx.text, item) if not conveyed(ctx.text, p[1])]
    for later in approved_titles(ctx.text, item):
        if new_title(later[0], plans) and not conveyed(ctx.text, later[1]):
            plans.append(later)
    for title, pos in plans:
        append_plan(ctx, item.number, title, pos)
    reports = find_reports(ctx.text, item, [t for t, _ in plans])
    if reports and elsewhere_cues(ctx.text):
        reports = [r for r in reports if not heard_elsewhere(ctx.text, r.pos)]
    ctx.result.reported.extend(as_reported(ctx, item, report) for report in reports)
    initiatives = item_initiatives(ctx, item, plans, reports)
    ctx.result.directed.extend(as_directed(ctx, item, d) for d in find_directives(ctx.text, item))
    add_combined(ctx, item, initiatives)  # a programme tied to nothing is still a line of work
    return initiatives[0] if initiatives else None
