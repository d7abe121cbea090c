"""Reports found by unit mention and role cue, wherever they stand in the text.

Real news releases name reporters in many more ways than 听取X关于Y的汇报: a unit submits or
proposes the document (X提交的《A》, 原则同意X提出的《A》, X《关于…的请示》), a person stands for the
unit (X局长张三就《A》作汇报, 【X局长张三发言】 X局长张三汇报Y), a unit reports several titles at once,
and the report clause may follow a background opening in the same sentence. So the unit list is
recognised by the grammar of unit names (:func:`loaders.extract.unit_lists.units_at`), independently of the verb around it,
and the clause after it is classified by its cue (submit, report, explain) to give the subjects.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from loaders.extract.background import conveyed
from loaders.extract.document_verbs import AUTHORED
from loaders.extract.not_reported import asked_later, elsewhere_cues, heard_elsewhere, in_subject
from loaders.extract.numerals import to_int
from loaders.extract.report_slots import after_hearing, units_after_verb
from loaders.extract.report_subjects import subjects_after
from loaders.extract.report_words import SUMMED, TASKED
from loaders.extract.reporters import split_subjects
from loaders.extract.unit_lists import PERSON, units_at

# What stands before a unit list that reports: an agenda or decision verb, or a clause start.
# (?<![^…]): at the text's start or after one of …, one look-behind rather than a branch.
_BEFORE = re.compile(
    r"(?:听取|同意|通过|审议|审定|审核|研究|讨论|请|就)(?:了|完|并(?:原则)?(?:同意|通过|审议)了?)?(?:由)?"
    # 会议对区住建局提交的《A》进行了审议: the unit's document before the verb
    r"|(?<=会议|会上)对"
    r"|(?<![^。；，：,;:\n】【、])\s*(?:以及|及)?(?:会议|会上|会前)?(?:首先|还|又|随后|接着|最后)?(?:由|经|请)?"
    # 09:30 区住建局局长某某汇报…: a timeline's line, its time first
    r"|(?<![^\n])\s*\d{1,2}[:：]\d{2}\s*"
    # 审议了区发改局起草的《A》和区财政局起草的《B》: the next unit of a list of documents
    r"|(?<=》)(?:和|及|以及|与)"
    # …提出的甲方案和区发改局提出的乙名单: the next unit after a document named without 《》
    r"|(?<=[案见法划告示则项施策准单要议])(?:和|及|以及|与)(?=[^，。；《》\n]{2,24}?(?:提出|提交|起草|报送))"
)
# Where a reporter follows without one of those: after a finished report (…的汇报和区文旅局关于Y
# 的汇报), or after 会议取了, 听取 with its first character lost on the page. Looked for only in
# sentences holding 汇报 or 取了.
_AFTER_REPORT = re.compile(r"汇报(?:和|及|以及)|(?<=会议)取了")
# A sentence can name a reporter only if it holds one of these cues. Every cue opens with a fixed
# character, so ``re`` skips to the next of those characters instead of trying the words everywhere.
_CUE = re.compile(
    r"汇报|说明|报告|介绍|提交|提出|送审|提请|报[送请]|请示|发言|起草|《|关于|情况"
    # 作 as a verb (作了陈述), not inside 工作 or 合作; 了 before the 的 of a heard subject
    r"|作(?<![工合协操动制创写运]作)|了(?=[^。！？\n]*的)"
)
_SENTENCE = re.compile(r"[^。！？\n]+")
_SUPPLEMENT = re.compile(r"(?:分别)?(?:作了?|进行了?)?补充")


@dataclass(frozen=True)
class Submission:
    """A unit reported (or submitted) ``subject``; ``pos`` is where the unit is named."""

    unit: str
    subject: str
    role: str
    pos: int
    titled: bool


def find_submissions(text: str, start: int, end: int) -> list[Submission]:
    """Return every report that a unit list followed by a report or submission cue makes.

    >>> [(s.unit, s.subject) for s in find_submissions("会议同意区发改局提出的《A方案》。", 0, 16)]
    [('区发改局', 'A方案')]
    >>> [(s.unit, s.subject) for s in find_submissions("区审计局局长张三汇报审计整改情况。", 0, 17)]
    [('区审计局', '审计整改情况')]
    """
    found: list[Submission] = []
    for sentence in _SENTENCE.finditer(text, start, end):
        if _CUE.search(text, *sentence.span()):
            found.extend(_in_sentence(text, sentence.start(), sentence.end(), end))
    return found


def _in_sentence(text: str, start: int, stop: int, end: int) -> list[Submission]:
    found: list[Submission] = []
    cues = elsewhere_cues(text)
    seen: set[int] = set()
    befores = _BEFORE.finditer(text, start, stop)
    if text.find("汇报", start, stop) >= 0 or text.find("取了", start, stop) >= 0:
        befores = itertools.chain(befores, _AFTER_REPORT.finditer(text, start, stop))
    for before in befores:
        pos = before.end()
        if pos in seen or pos >= end:
            continue
        seen.add(pos)
        units, after = units_after_verb(text, pos, before.group(0))
        if units:
            seen.update(p for _, p in units)  # a later unit of the list is not a list of its own
            elsewhere = cues and heard_elsewhere(text, units[0][1])
            if elsewhere or in_subject(text, start, units[0][1]):
                continue
            reports = _reports(text, units, after, end) or _studied(before, units, text, after)
            # A title a conveying verb governs is background: asked only of titled reports.
            found.extend(r for r in reports if not (r.titled and conveyed(text, before.start())))
    return found


# (a person's name holds no 的, and a verb of writing is none: 县发改局起草的关于…)
_NAMED = re.compile(rf"(?!{AUTHORED}|汇报)(?:(?!的)[一-龥]){{2,3}}(?=关于)")


def _reports(text: str, units: list[tuple[str, int]], after: int, end: int) -> list[Submission]:
    summed = SUMMED.match(text, after)
    after = summed.end() if summed else after
    counted = bool(summed and summed["n"] and to_int(summed["n"]) == len(units))
    cue_at = _after_person(text, after)
    if asked_later(text, cue_at) or TASKED.match(text, cue_at):
        return []  # 请县发改局下次会议汇报… / 由县发改局负责做好汇报材料: a task
    if _SUPPLEMENT.match(text, cue_at, end):
        return [Submission(u, "", "supplementary", p, False) for u, p in units]
    heard = after_hearing(text, units[0][1])
    subjects, titled = subjects_after(text, cue_at, end, spoke=cue_at > after, heard=heard)
    if len(units) == 1 and len(subjects) == 1 and not titled:
        return _parallel(text, units[0], subjects[0], cue_at)
    if not subjects:
        return []
    each = counted or _EACH.match(text, cue_at) or _EACH.search(text, units[0][1] - 6, units[0][1])
    if len(subjects) == 1 < len(units) and not titled and each:
        subjects = split_subjects(subjects[0], len(units))  # 分别听取A、B关于X和Y的汇报
    if len(subjects) == len(units) > 1 and (not titled or each):
        pairs = list(zip(units, subjects, strict=True))  # 分别: by position
    else:
        pairs = [(unit, subject) for unit in units for subject in subjects]
    return [Submission(u, s, "lead", p, titled) for (u, p), s in pairs]


def _after_person(text: str, after: int) -> int:
    """Where the clause after a unit's name and its person goes on (区甲局局长张三就…: at 就)."""
    person = PERSON.match(text, after)
    if not person or person.end() == after:
        person = _NAMED.match(text, after)  # 民政局张三关于…: a person named without a title
    cue_at = person.end() if person and person.end() > after else after
    cue_at += 2 if text.startswith("同志", cue_at) else 0  # 请区交警大队同志汇报: its people
    if aside := _ASIDE.match(text, cue_at):
        cue_at = aside.end()  # 市应急局向会议汇报了…, 区住建局在会上就…作了汇报
    return cue_at


_EACH = re.compile(r"分别|先后")
# Where or to whom the unit reported, between its name and what it reported.
_ASIDE = re.compile(
    r"在会上|会上|向(?:会议|大会|常务会议|[区县市]政府)|联合(?=汇报|作|就|对)|共同(?=汇报|作|就|对)"
)
# 研究讨论了绛县开发区管委会关于绩效工资总量核定；: the unit's own matter, studied by the meeting.
_STUDIED_VERB = re.compile(r"(?:研究|审议|讨论)(?:讨论)?了?$")
_OWN_MATTER = re.compile(
    r"关于(?P<what>[^，。；！？《》\n]{2,60}?)(?:的|等)?(?:有关|相关)?(?:事项|事宜|问题)?(?=[。；\n])"
)


def _studied(
    before: re.Match[str], units: list[tuple[str, int]], text: str, after: int
) -> list[Submission]:
    """A matter a unit brought that the meeting studied, with no word of reporting after it."""
    matter = _OWN_MATTER.match(text, after) if _STUDIED_VERB.search(before.group(0)) else None
    if not matter:
        return []
    return [Submission(u, matter["what"], "lead", p, False) for u, p in units]


# 区住建局关于X和区城管局关于Y的情况汇报: the next reporter after 、 or 和.
_NEXT_REPORTER = re.compile(r"[、和及](?=[^、，。；]{2,26}?关于)")


def _parallel(text: str, unit: tuple[str, int], subject: str, pos: int) -> list[Submission]:
    """分别听取A关于X、B关于Y的汇报: X is A's, Y is B's."""
    found = [Submission(unit[0], subject, "lead", unit[1], False)]
    for comma in _NEXT_REPORTER.finditer(subject):
        at = text.find(subject, pos) + comma.end()
        units, after = units_at(text, at)
        if len(units) != 1 or not text.startswith("关于", after):
            return found
        found[-1] = replace(found[-1], subject=subject[: comma.start()].split("、关于")[0])
        rest = subject[comma.end() + (after - at) + 2 :]
        found.append(Submission(units[0][0], _next_part(rest), "lead", units[0][1], False))
    return found


def _next_part(rest: str) -> str:
    comma = _NEXT_REPORTER.search(rest)
    return rest[: comma.start()] if comma else rest
