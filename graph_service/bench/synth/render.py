"""Minutes text and gold for one synthetic meeting, in the shapes of the annotation guide.

Shapes: paragraphs (会议听取…的汇报。会议指出…), numbered items (一、 or 1．) with a heading line,
parallel reports (会议分别听取A、B关于X、Y的汇报), supplementary reporters (…补充汇报), directives to
named units, to several units at once, through 请…, and to collectives, ties to another programme
(结合) and two items bound by one quoted requirement. The gold is built from the same items,
so it states exactly what the text says.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from graph_service.bench.synth.vocab import ACTIONS, FILLERS, OPINIONS

NUMERALS = "一二三四五六七八九十"


@dataclass
class Item:
    """One agenda item: the programme, its plan if any, who reported, who is told to act."""

    number: int
    initiative: str
    plan: str | None
    second_reading: bool
    lead: str
    supplementary: list[str]
    partners: list[str]
    collective: str | None
    requirement: str | None
    tie: str | None


@dataclass
class MeetingPlan:
    """A meeting to write: header fields and items."""

    gov: str
    place: str
    level: str
    head: str
    word: str
    date: dt.date
    ordinal: int
    doc_seq: int
    chair: str
    chair_title: str
    items: list[Item]


@dataclass
class _Gold:
    """The gold of one document, filled while the text is written."""

    meeting: dict[str, Any]
    bureaus: list[str] = field(default_factory=list)
    plans: list[str] = field(default_factory=list)
    initiatives: list[str] = field(default_factory=list)
    reported: list[dict[str, Any]] = field(default_factory=list)
    directed: list[dict[str, Any]] = field(default_factory=list)
    related: list[dict[str, Any]] = field(default_factory=list)

    def bureau(self, name: str) -> None:
        if name not in self.bureaus:
            self.bureaus.append(name)

    def as_json(self) -> dict[str, Any]:
        return {"meeting": self.meeting, "bureaus": [{"name": b} for b in self.bureaus],
                "plans": [{"title": p} for p in self.plans],
                "initiatives": [{"name": i} for i in self.initiatives],
                "reported": self.reported, "directed": self.directed, "related": self.related}  # fmt: skip


def subject_of(item: Item, year: int, rng: random.Random) -> str:
    """Return what an item's report is about: the plan's title, or a phrase naming the programme.

    >>> item = Item(1, "招商引资", None, False, "区投促办", [], [], None, None, None)
    >>> subject_of(item, 2024, random.Random(0))
    '招商引资工作推进情况'
    """
    if item.plan:
        return item.plan
    shapes = (f"{year}年{item.initiative}工作情况", f"{item.initiative}工作推进情况",
              f"{item.initiative}进展情况")  # fmt: skip
    return rng.choice(shapes)


def render(plan: MeetingPlan, rng: random.Random) -> tuple[str, dict[str, Any]]:
    """Return the minutes text of a meeting and its gold, in a shape the random stream picks.

    Args:
        plan: the meeting.
        rng: the stream that picks shapes and wording.

    Returns:
        ``(text, gold)``; the gold is a dict in the shape of the gold files.
    """
    y, m, d = plan.date.year, plan.date.month, plan.date.day
    number = f"{plan.place}政纪〔{y}〕{plan.doc_seq}号"
    gold = _Gold(meeting={"title": f"{plan.gov}第{plan.ordinal}次常务会议", "doc_number": number,
                          "date": plan.date.isoformat(), "ordinal": plan.ordinal,
                          "chair": plan.chair, "chair_title": plan.chair_title,
                          "issuer": plan.gov})  # fmt: skip
    style = rng.choice(("paragraph", "paragraph", "numbered", "arabic"))
    chair = f"{plan.head}{plan.chair}"
    if plan.chair_title != plan.head:
        chair = f"受{plan.head}委托，{plan.chair_title}{plan.chair}"
    tail = "。" if style == "paragraph" else "，审议有关事项。现纪要如下："
    opening = f"{y}年{m}月{d}日{rng.choice('上下')}午，{chair}主持召开{plan.word}第{plan.ordinal}次常务会议{tail}"
    parts = [f"{plan.gov}常务会议纪要", number, opening]
    for k, group in enumerate(_groups(plan.items, rng), start=1):
        parts.append(_item_text(group, k, style, y, rng, gold))
    _shared_requirements(plan.items, gold)
    if rng.random() < 0.5:
        parts.append("会议还研究了其他事项。")
    return "\n\n".join(parts) + "\n", gold.as_json()


def _groups(items: list[Item], rng: random.Random) -> list[list[Item]]:
    """Return the items as written: two reports without a plan are sometimes heard together."""
    groups: list[list[Item]] = []
    for item in items:
        last = groups[-1] if groups else None
        alone = not item.plan and not item.supplementary
        if last and len(last) == 1 and alone and not last[0].plan and not last[0].supplementary \
                and last[0].lead != item.lead and rng.random() < 0.3:  # fmt: skip
            last.append(item)
        else:
            groups.append([item])
    return groups


def _item_text(
    group: list[Item], k: int, style: str, year: int, rng: random.Random, gold: _Gold
) -> str:
    subjects = [subject_of(item, year, rng) for item in group]
    for item, subject in zip(group, subjects, strict=True):
        _report_gold(item, subject, k, gold)
    heading = ""
    if style != "paragraph":
        mark = f"{NUMERALS[k - 1]}、" if style == "numbered" and k <= 10 else f"{k}．"
        first = group[0]
        heading = mark + (f"审议《{first.plan}》" if first.plan else f"研究{first.initiative}工作")
        heading += "\n"
    if len(group) == 2:
        a, b = group
        said = f"会议分别听取{a.lead}、{b.lead}关于{subjects[0]}、{subjects[1]}的汇报。"
    else:
        said = _heard(group[0], subjects[0], rng)
    body = [said, *(_remarks(item, k, rng, gold) for item in group)]
    return heading + "".join(body)


def _heard(item: Item, subject: str, rng: random.Random) -> str:
    if item.plan:
        how = "修改" if item.second_reading else rng.choice(("制定", "起草"))
        text = f"会议听取{item.lead}关于{how}《{item.plan}》情况的汇报。"
    else:
        text = f"会议听取{item.lead}关于{subject}的汇报。"
    if item.supplementary:
        text += f"{'、'.join(item.supplementary)}补充汇报。"
    if item.plan:
        text += "会议再次审议并原则同意该方案。" if item.second_reading else "会议原则同意该方案。"
    return text


def _report_gold(item: Item, subject: str, k: int, gold: _Gold) -> None:
    if item.plan:
        gold.plans.append(item.plan)
        gold.related.append({"from": item.plan, "to": item.initiative, "kind": "implements"})
    gold.initiatives.append(item.initiative)
    for name, role in [(item.lead, "lead")] + [(s, "supplementary") for s in item.supplementary]:
        gold.bureau(name)
        gold.reported.append({"item": k, "bureau": name, "subject": subject, "role": role})


def _remarks(item: Item, k: int, rng: random.Random, gold: _Gold) -> str:
    """Return what the meeting said about an item: an opinion, then directives and ties."""
    text = f"会议指出，{item.initiative}{rng.choice(OPINIONS)}。{rng.choice(FILLERS)}"
    order = [(item.lead, False)]
    order += [(p, False) for p in item.partners if p != item.lead and rng.random() < 0.6]
    if item.collective:
        order.append((item.collective, True))
    k_text = []
    for to, group in order:
        action = rng.choice(ACTIONS)
        if to == item.lead and item.requirement:
            action = f"按照“{item.requirement}”要求，{action}"
        k_text.append(f"请{to}{action}。" if not group and to != item.lead and rng.random() < 0.3
                      else f"{to}要{action}。")  # fmt: skip
        gold.directed.append({"item": k, "to": to, "group": group, "directive": action})
        if not group:
            gold.bureau(to)
    if item.tie:
        k_text.append(f"要结合{item.tie}，统筹推进各项工作。")
        gold.initiatives.append(item.tie)
        gold.related.append({"from": item.initiative, "to": item.tie, "kind": "combined_with"})
    return text + "".join(k_text)


def _shared_requirements(items: list[Item], gold: _Gold) -> None:
    bound = [item for item in items if item.requirement]
    if len(bound) == 2:
        why = f"both follow the “{bound[0].requirement}” requirement"
        gold.related.append({"from": bound[0].initiative, "to": bound[1].initiative,
                             "kind": "shared_requirement", "why": why})  # fmt: skip
