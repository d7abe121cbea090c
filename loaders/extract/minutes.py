"""The minutes extractor: a normalised :class:`Document` in, an :class:`Extraction` out.

Pure and deterministic: no store, no network, no model. All matching runs on the simplified twin
of the text; names are reported as written (sliced from the text at the same offsets) with their
simplified form beside them when they differ.
"""

from __future__ import annotations

import re

from loaders.extract.approvals import add_approvals
from loaders.extract.context import Context
from loaders.extract.copies import with_usual_words
from loaders.extract.directive_parts import Directive
from loaders.extract.directives import find_directives
from loaders.extract.header import HEADER_WINDOW, parse_header
from loaders.extract.initiatives import (
    drop_summarised,
    implements,
    item_initiatives,
    opening_initiatives,
)
from loaders.extract.items import Item, minutes_end, split_items
from loaders.extract.matching import similar
from loaders.extract.naming import initiative_name
from loaders.extract.not_reported import elsewhere_cues, heard_elsewhere
from loaders.extract.plans import TITLE, approved_titles, find_plans, same_plan, with_angle_titles
from loaders.extract.registry import Registry, load_registry
from loaders.extract.related import REQUIREMENT, add_combined, add_shared_requirements
from loaders.extract.reports import Report, find_reports, item_subject
from loaders.extract.submissions import Submission, conveyed, find_submissions
from loaders.extract.unit_names import unit_of
from loaders.models import (
    Bureau,
    Directed,
    Document,
    Extraction,
    Meeting,
    Plan,
    Reported,
)

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
    if (titled := with_usual_words(with_angle_titles(document.simplified))) != document.simplified:
        document = document.model_copy(update={"simplified": titled})
    text = document.simplified
    meeting = _as_written(parse_header(text, document.published, document.portal), document)
    result = Extraction(source=document.source, doc=document.doc, meeting=meeting)
    ctx = Context(document, _places(text, meeting.issuer), result)
    ctx.bounds = [m.end() for m in _SENTENCE_END.finditer(text)]
    requirements: dict[str, list[tuple[str, int]]] = {}
    body = _body_start(text)
    items = split_items(text, body)
    _opening_initiatives(ctx, items, body)
    for item in items:
        primary = _extract_item(ctx, item)
        if primary:
            quoted = text.find("“", item.lead_end, item.end) >= 0
            for match in REQUIREMENT.finditer(text, item.lead_end, item.end) if quoted else ():
                quote = match["q"] or match["q2"]
                requirements.setdefault(quote, []).append((primary, match.start()))
    _preamble_directives(ctx, items, body)
    _opening_plans(ctx, items, body)
    end = items[-1].end if items else len(text)  # not the page's furniture after the minutes
    for submission in find_submissions(text, items[0].start if items else body, end):
        _add_submission(ctx, items, submission)
    add_approvals(ctx, items)
    add_shared_requirements(ctx, requirements)
    drop_summarised(result)
    _place_bare_names(ctx)
    _collect_bureaus(ctx)
    _resolve(result, registry or load_registry())
    if not result.reported and not result.plans and not result.directed:
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


def _extract_item(ctx: Context, item: Item) -> str | None:
    """Add the facts of one item; return the name of its main initiative."""
    # Documents conveyed (传达学习) are background, not plans of the meeting; a title the same
    # sentence goes on to review (…精神，审议《A》) is one.
    plans = [p for p in find_plans(ctx.text, item) if not conveyed(ctx.text, p[1])]
    plans += [p for p in approved_titles(ctx.text, item) if all(p[0] != q for q, _ in plans)]
    for title, pos in plans:
        _append_plan(ctx, item.number, title, pos)
    reports = find_reports(ctx.text, item, [t for t, _ in plans])
    if reports and elsewhere_cues(ctx.text):
        reports = [r for r in reports if not heard_elsewhere(ctx.text, r.pos)]
    ctx.result.reported.extend(_reported(ctx, item, report) for report in reports)
    initiatives = item_initiatives(ctx, item, plans, reports)
    ctx.result.directed.extend(_directed(ctx, item, d) for d in find_directives(ctx.text, item))
    if initiatives:
        add_combined(ctx, item, initiatives)
    return initiatives[0] if initiatives else None


# The sentence saying the meeting was held ends at the first full stop or line break after
# one of these words: found word first, as a pattern opening on a repeated class would be
# tried from every character of the text.
_HELD_WORD = re.compile(r"主持|召开|举行")
_STOP = re.compile(r"[。\n]")


def _preamble_directives(ctx: Context, items: list[Item], body: int) -> None:
    """Directives between the meeting's opening sentence and its first recognised item (a
    传达学习 paragraph, a speech): they belong to the first item, or to the only one there is."""
    word = _HELD_WORD.search(ctx.text, body, body + HEADER_WINDOW)
    if not word and not items:
        return  # no meeting held and no agenda: a news story, whose units nobody directed
    held = word and _STOP.search(ctx.text, word.end(), body + HEADER_WINDOW)
    start = held.end() if held else body
    end = items[0].start if items else len(ctx.text)
    if end - start < 8:
        return
    region = Item(1, start, end, start, "")
    ctx.result.directed.extend(_directed(ctx, region, d) for d in find_directives(ctx.text, region))


def _opening_initiatives(ctx: Context, items: list[Item], body: int) -> None:
    """The lines of work the meeting's opening sentence names before its first item, or the whole
    text's when no agenda item opens in it (see :func:`opening_initiatives`)."""
    if items:  # the sentence the first item opens in
        end = items[0].start
        start = max(ctx.text.rfind("。", body, end), ctx.text.rfind("\n", body, end)) + 1
        word = _HELD_WORD.search(ctx.text, max(start, body), end)
    else:
        word = _HELD_WORD.search(ctx.text, body, body + HEADER_WINDOW)
        end = minutes_end(ctx.text, word.end()) if word else body
    if word:
        opening_initiatives(ctx, Item(1, word.end(), end, end, ""), whole=not items)


# 召开第40次常务会议。审议《A》；审议《B》；…。一、审议《A》…: the opening lists what the meeting
# reviewed, and the numbered items take up only some of it.
_REVIEWED = re.compile(r"(?:审议|审定|讨论|研究|听取)(?:并(?:原则)?通过)?(?:了)?[：:]?(?:关于)?$")


def _opening_plans(ctx: Context, items: list[Item], body: int) -> None:
    """Titles an opening before numbered items says the meeting reviewed: plans of the meeting."""
    region = _opening(ctx, items, body)
    if not region:
        return
    for match in TITLE.finditer(ctx.text, *region):
        pos = match.start("t")
        if _REVIEWED.search(ctx.text, max(0, match.start() - 8), match.start()) and not conveyed(
            ctx.text, pos
        ):
            _add_plan(ctx, items[0].number, match["t"], pos)


def _opening(ctx: Context, items: list[Item], body: int) -> tuple[int, int] | None:
    """The text between the sentence saying the meeting was held and a first numbered item."""
    if not items or not _NUMBERED.match(ctx.text, items[0].start):
        return None
    word = _HELD_WORD.search(ctx.text, body, items[0].start)
    held = word and _STOP.search(ctx.text, word.end(), items[0].start)
    return (held.end(), items[0].start) if held else None


_NUMBERED = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]")


def _item_at(items: list[Item], pos: int) -> Item | None:
    """The item holding ``pos``, else the last one before it, else the first."""
    before = [item for item in items if item.start <= pos]
    return before[-1] if before else (items[0] if items else None)


def _add_submission(ctx: Context, items: list[Item], found: Submission) -> None:
    """Add a report the item pass missed, with its plan and initiative."""
    item = _item_at(items, found.pos)
    number = item.number if item else 1
    bureau = ctx.written(found.unit, found.pos)[0]
    subject = _submission_subject(ctx, item, number, found)
    if not subject or _known_report(ctx, bureau, subject, number, found):
        return
    ctx.result.reported.append(
        Reported(item=number, bureau=bureau, subject=subject, role=found.role,
                 **ctx.evidence(found.pos))
    )  # fmt: skip
    if found.titled:
        pos = ctx.text.find(subject, found.pos)
        _add_plan(ctx, number, subject, pos if pos >= 0 else found.pos)
        return
    name = initiative_name(subject, ctx.places)
    if name and all(not similar(i.name, name) for i in ctx.result.initiatives):
        ctx.add_initiative(number, name, found.pos)


def _known_report(ctx: Context, bureau: str, subject: str, number: int, found: Submission) -> bool:
    """Whether the item pass has this report; a subject it ran together with others
    (《甲》《乙》, X、Y关于Z) is narrowed to the one this report names."""
    for report in ctx.result.reported:
        if report.bureau != bureau:
            continue
        if _tightens(subject, report.subject):
            report.subject = subject
            return True
        if similar(report.subject, subject) or (not found.subject and report.item == number):
            return True
        if report.item == number and _covers(subject, report.subject):
            return True  # 听取A、B关于X和Y的汇报: B's part of the joined subject is already B's
    return False


_WORK_TAIL = re.compile(r"(?:工作)?(?:情况)?$")


def _covers(joined: str, part: str) -> bool:
    """Whether ``joined`` names several subjects (X和Y) of which ``part`` is one.

    >>> _covers("秋季开学和疫情防控", "疫情防控工作"), _covers("甲工作", "乙工作")
    (True, False)
    """
    part = _WORK_TAIL.sub("", part)
    return len(part) >= 2 and bool(_RUN_TOGETHER_WORDS.search(joined)) and part in joined


_RUN_TOGETHER_WORDS = re.compile(r"[、和及与]")


_RUN_TOGETHER = re.compile(r"、|》.*《")


def _tightens(subject: str, earlier: str) -> bool:
    """Whether ``subject`` is one of several that an earlier, longer subject ran together."""
    return subject != earlier and subject in earlier and bool(_RUN_TOGETHER.search(earlier))


_ABOUT_THE_PLAN = re.compile(r"起草|编制|制定|修订|说明")
_VAGUE = re.compile(r"(?:有关|相关)?(?:工作)?(?:情况)?")


def _submission_subject(
    ctx: Context, item: Item | None, number: int, found: Submission
) -> str | None:
    """The subject as written; the item's one plan when the words only describe drafting it;
    for a supplementary report, what the item's lead reporter reported."""
    plan = _item_plan(ctx, number)
    if not found.subject and found.role == "supplementary":
        leads = [r.subject for r in ctx.result.reported if r.item == number and r.role == "lead"]
        return leads[0] if leads else plan
    vague = not found.subject or _VAGUE.fullmatch(found.subject)
    if not found.titled and plan and (vague or _ABOUT_THE_PLAN.search(found.subject)):
        return plan
    in_lead = item and item.start <= found.pos < item.lead_end
    if vague and item and in_lead and not item.verb.startswith(("传达", "学习")):
        topic = item_subject(ctx.text, item)
        if topic:
            return topic[0]
    short_kind = not found.titled and len(found.subject) <= 8 and _DOC_KIND.search(found.subject)
    topic = item_subject(ctx.text, item) if item and short_kind else None
    if topic and _refers_back(found.subject, topic[0]):
        return topic[0]  # 原则同意区人防办提交的改造方案: the item's topic, named again
    return found.subject or None


_DOC_KIND = re.compile(r"(?:方案|意见|办法|计划|报告|请示)$")


def _refers_back(subject: str, topic: str) -> bool:
    """Whether a document named without 《》 (提交的改造方案) is the item's topic named again.

    >>> _refers_back("改造方案", "实施人防指挥所升级改造有关情况"), _refers_back("改造方案", "甲工作")
    (True, False)
    """
    kind = _DOC_KIND.search(subject)
    stem = subject[: kind.start()] if kind else ""
    return bool(kind) and 2 <= len(stem) <= 4 and stem in topic


def _item_plan(ctx: Context, number: int) -> str | None:
    plans = [p.simplified or p.title for p in ctx.result.plans if p.item == number]
    return plans[0] if len(plans) == 1 else None


def _add_plan(ctx: Context, number: int, title: str, pos: int) -> None:
    """Add a plan a submission named, with the initiative it implements, once per document."""
    if any(same_plan(p.simplified or p.title, title) for p in ctx.result.plans):
        return  # named again, perhaps without its draft suffix
    _append_plan(ctx, number, title, pos)
    implements(ctx, number, title, pos)


def _append_plan(ctx: Context, number: int, title: str, pos: int) -> None:
    name, simplified = ctx.written(title, pos)
    ctx.result.plans.append(
        Plan(title=name, simplified=simplified, item=number, **ctx.evidence(pos))
    )


def _reported(ctx: Context, item: Item, report: Report) -> Reported:
    bureau = ctx.written(report.unit, report.pos)[0]
    return Reported(
        item=item.number, bureau=bureau, subject=report.subject, role=report.role,
        **ctx.evidence(report.pos),
    )  # fmt: skip


def _directed(ctx: Context, item: Item, directive: Directive) -> Directed:
    to = ctx.written(directive.to, directive.pos)[0]
    return Directed(
        item=item.number, to=to, group=directive.group, directive=directive.action,
        **ctx.evidence(directive.pos),
    )  # fmt: skip


def _place_bare_names(ctx: Context) -> None:
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
    forms = {m.group(0) for m in re.finditer(rf"[区县市旗區縣]{re.escape(name)}", ctx.doc.text)}
    return forms.pop() if len(forms) == 1 else None


def _collect_bureaus(ctx: Context) -> None:
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
        bureau.resolved = resolution.known
        canonical[bureau.name] = resolution.canonical
    for report in result.reported:
        report.canonical = canonical.get(report.bureau)
    for directive in result.directed:
        directive.canonical = None if directive.group else canonical.get(directive.to)
