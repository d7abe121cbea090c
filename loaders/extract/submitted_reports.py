"""Reports that units submitted or made (:func:`loaders.extract.submissions.find_submissions`) and
the item pass missed, added with their plan or initiative; a subject the item pass ran together
with others is narrowed to the one a submission names.
"""

from __future__ import annotations

import re

from loaders.extract.context import Context
from loaders.extract.facts import add_plan
from loaders.extract.items import Item
from loaders.extract.matching import similar
from loaders.extract.naming import initiative_name
from loaders.extract.reports import item_subject
from loaders.extract.submissions import Submission
from loaders.models import Reported


def _item_at(items: list[Item], pos: int) -> Item | None:
    """The item holding ``pos``, else the last one before it, else the first."""
    before = [item for item in items if item.start <= pos]
    return before[-1] if before else (items[0] if items else None)


def add_submission(ctx: Context, items: list[Item], found: Submission) -> None:
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
        add_plan(ctx, number, subject, pos if pos >= 0 else found.pos)
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
        if report.item == number and _VAGUE.fullmatch(subject) and _VAGUE.fullmatch(report.subject):
            return True  # 听取A、B有关工作汇报: each on its work, once, whatever words say so
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
    if topic and found.subject not in topic[0] and _refers_back(found.subject, topic[0]):
        return topic[0]  # 原则同意区人防办提交的改造方案: the item's topic, named again
    # (a subject the topic holds as written is that subject: 原则同意县财政局提出的预算调整方案)
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
