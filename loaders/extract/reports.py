"""Reports in the lead of an agenda item.

The units the meeting heard (听取X关于Y的汇报, X作说明, X、Y补充汇报), each with the subject it
reported on: a plan of the item (see :mod:`loaders.extract.plans`) or the item's topic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from loaders.extract.addressees import split_list
from loaders.extract.document_verbs import AUTHORED
from loaders.extract.items import Item
from loaders.extract.plans import TITLE
from loaders.extract.report_words import ABOUT_NOUN, NOUN
from loaders.extract.reporters import reporter_units, split_subjects
from loaders.extract.unit_names import unit_of

_VERB = r"听取(?:了)?(?:并(?:原则|基本)?(?:同意|审议|通过)了?)?"
_REP = r"(?P<rep>(?:(?!听取)[^，。；《》“”\n]){2,60}?)"
# What follows the lazy reporter and subject opens with a look-ahead for its first characters.
_ON = r"(?:分别|先后)?(?:所作的?|作的)?(?:关于|对(?!口)|就(?!业(?!务))|有关(?!负责|人员|同志|部门|单位|领导))"
_ON_FIRST = "(?=[分先所作关对就有])"
_WORD_OF_REPORT = r"(?:的|等)?(?:有关)?(?:工作|情况)?(?:所作的?|(?<!工)作的?)?(?:的?(?:联合|专题|书面))?(?:汇报|说明|报告|介绍)"
# …关于Y的讲述: any noun closing the clause after 的 (see :data:`report_words.NOUN`).
_REPORT_WORD = rf"(?:{_WORD_OF_REPORT}|{ABOUT_NOUN})"
_REPORT_WORD_FIRST = "(?=[的等有工情所作联专书汇说报介])"
_HEARD = re.compile(
    rf"{_VERB}{_REP}{_ON_FIRST}{_ON}(?P<subj>(?:《[^《》\n]*》|[^。；\n《》]){{1,200}}?){_REPORT_WORD_FIRST}{_REPORT_WORD}"
)
_CALLED = re.compile(
    r"请(?P<rep>[^，。；《》“”\n]{2,40}?)(?:汇报|介绍|说明)(?:一下)?(?P<subj>[^。；\n]{1,200}?)(?:的|等)?[。；\n]"
)
_HEARD_NO_SUBJECT = re.compile(
    rf"{_VERB}{_REP}(?:的)?(?:有关|相关)?(?P<what>(?:工作)?(?:情况)?)(?:汇报|说明)"
)
# (?<![^…]): at the text's start or after one of …, one look-behind rather than a branch.
# 区资投公司负责人围绕起草过程、资格审查等方面，汇报了《A》: what the report went over.
_STATED = re.compile(
    r"(?<![^。，；\n》])\s*(?:\d{1,2}[.、．]\s*)?(?P<rep>[^，。；《》“”\n]{2,40}?)(?:(?P<each2>分别|先后)?(?:就(?!业(?!务))|对(?!口))(?P<about>[^，。；\n]{1,60}?))?"
    r"(?:围绕[^。；\n]{1,80}?(?:等)?方面[，,]?)?"
    r"(?:(?<!补充)(?:[作做]了?|进行了?)(?:起草|编制|修订|有关|专题)?(?:情况)?(?:汇报|说明)"
    r"|(?<!补充)(?P<each>分别|先后)?(?:汇报|介绍)(?:了|(?![后时中会并的完称说工]))(?P<subj>[^，。；\n]{2,120}?)(?:的)?(?=[，。；\n]))"
)
# 汇报单位：县茶产业发展中心 / 三、听取……工作安排（区应急局汇报） / 《A》（区住建局提请）
_REPORTER_FIELD = re.compile(
    r"汇报(?:单位|部门|人)[：:]\s*(?P<rep>[^，。；\n（）()]{2,40})|[（(](?P<rep2>[^（）()\n]{2,30}?)(?:汇报|报告|作说明)[）)]"
    r"|^【(?P<rep3>[^】\n]{2,30})】"
    # 审议《A》（区住建局提请）, 《A》（提请单位：区住建局）, 《A》（区住建局）: the unit behind the title
    r"|(?P<subj>《[^《》\n]{2,150}》)[（(](?:(?:提请|报送|起草|承办|汇报)单位[：:]\s*)?由?"
    r"(?P<rep4>[^（）()\n]{2,30}?)(?:提请(?:审议)?|提交|报送|起草|汇报|作说明)?[）)]"
    # 听取关于X的汇报（区住建局）: the unit that made the report, after it
    r"|(?<=汇报)[（(](?:汇报(?:单位|部门|人)[：:]\s*)?(?P<rep6>[^（）()\n]{2,30}?)[）)]"
)
# 该方案由县文广旅局起草并作说明; 该意见由区工信局起草 (the document just named, by who wrote it)
_DRAFTED_BY = re.compile(
    r"由(?P<rep>[^，。；《》“”\n]{2,30}?)(?:负责|牵头)?(?:起草|编制|修订)?并?作(?:了)?(?:起草|编制)?(?:说明|汇报)"
    rf"|(?<![^，。；\n])(?:该|此|上述|这个|这一)[一-龥]{{0,6}}?由(?P<rep5>[^，。；《》“”\n]{{2,30}}?)"
    rf"(?:负责|牵头)?(?:联合|共同)?(?:{AUTHORED}|提请)(?=[，。；\n])"
)
_SUPPLEMENT = re.compile(
    r"(?<![^。，；\n])\s*(?P<reps>[^，。；《》“”\n]{2,60}?)(?:分别)?(?:作了?|进行了?)?"
    r"(?:补充(?:汇报|说明)|补充(?=[。，；\n]))|"
    r"【(?P<speaker>[^】\n]{2,30})】[^【]{0,20}?补充(?:汇报|说明)"
)


_ABOUT_TAIL = re.compile(r"(?:的)?(?:起草|编制|修订|有关)?(?:情况)?$")
# Two words, each opening with a fixed character: re skips to 原 and 同 (a look-ahead for them, or
# the optional 原则 first, would be tried at every character).
_AGREED = re.compile(r"(?:原则同意|同意)(?:了)?(?!该|此|上述)(?P<x>[^，。；\n]{4,60})")
_TOPIC_TAIL = re.compile(
    r"[（(][^（）()]*(?:汇报|报告|说明)[）)]$|(?:的)?(?:工作)?(?:情况)?汇报(?:[（(][^（）()]{2,30}[）)])?$"
)
# The last characters of what _TOPIC_TAIL removes: the pattern runs only on subjects ending so.
_TOPIC_TAIL_LAST = ("报", "）", ")")
_SUBJECT_EDGES = re.compile(r"^关于|(?:的|有关)$")


@dataclass(frozen=True)
class Report:
    """A unit reported on a subject, found at ``pos`` in the text."""

    unit: str
    subject: str
    role: str
    pos: int


def find_reports(text: str, item: Item, plans: list[str]) -> list[Report]:
    """Return who reported what in an item: lead reporters first, then supplementary ones."""
    lead = text[item.start : item.lead_end]
    topic = item_subject(text, item) or _decided(text, item)
    context = _Subjects(plans, topic[0] if topic else "")
    reports = (
        _heard(lead, item.start, context)
        or _stated(lead, item.start, context)
        or _agreed_report(text, item, context)
    )
    if reports:
        subject = reports[0].subject
        head = text[item.start : min(item.end, item.lead_end + 200)]
        for match in _SUPPLEMENT.finditer(head) if "补充" in head else ():
            group = "reps" if match["reps"] else "speaker"
            for unit, pos in reporter_units(match[group], item.start + match.start(group)):
                if all(r.unit != unit for r in reports):
                    reports.append(Report(unit, subject, "supplementary", pos))
    return reports


# 区住建局关于X和区城管局关于Y的汇报: the subject stops where the next reporter starts.
_NEXT_ABOUT = re.compile(r"[、和及，,](?P<who>[^、，。；《》]{2,26}?)关于")


def _own_part(subject: str) -> str:
    """The part of a heard subject before a second reporter's 关于 clause.

    >>> _own_part("城中村改造和区城管局关于市容整治"), _own_part("城中村改造和市容整治")
    ('城中村改造', '城中村改造和市容整治')
    """
    for match in _NEXT_ABOUT.finditer(subject) if "关于" in subject else ():
        if unit_of(match["who"]):
            return subject[: match.start()]
    return subject


def _heard(lead: str, offset: int, plans: _Subjects) -> list[Report]:
    reports: list[Report] = []
    for match in [*_HEARD.finditer(lead), *_CALLED.finditer(lead)]:
        units = reporter_units(match["rep"], offset + match.start("rep"))
        subjects = split_subjects(_own_part(match["subj"]), len(units))
        for (unit, pos), subject in zip(units, subjects, strict=True):
            reports.append(Report(unit, _subject(subject, plans), "lead", pos))
    if not reports:
        for match in _HEARD_NO_SUBJECT.finditer(lead):
            for unit, pos in reporter_units(match["rep"], offset + match.start("rep")):
                # 听取A、B、C工作情况汇报 with nothing else to go on: they reported on their work.
                subject = _subject("", plans) or match["what"]
                reports.append(Report(unit, subject, "lead", pos))
    return [r for r in reports if r.subject]


_REPORTER_GROUPS = ("rep", "rep2", "rep3", "rep4", "rep5", "rep6")


def _stated(lead: str, offset: int, plans: _Subjects) -> list[Report]:
    reports = []
    for match in [
        *(_STATED.finditer(lead) if "汇报" in lead or "说明" in lead else ()),
        *_DRAFTED_BY.finditer(lead),
        *_REPORTER_FIELD.finditer(lead),
    ]:
        group = next(n for n in _REPORTER_GROUPS if match.groupdict().get(n))
        units = reporter_units(match[group], offset + match.start(group))
        found = match.groupdict()
        subject = found.get("subj") or _ABOUT_TAIL.sub("", found.get("about") or "")
        # A、B分别汇报了X、Y: by position, as 分别听取 lists are.
        subjects = (
            split_subjects(subject, len(units))
            if found.get("each") or found.get("each2")
            else [subject] * len(units)
        )
        for (unit, pos), each in zip(units, subjects, strict=True):
            # One unit reporting several titles (汇报了《A》和《B》) reported each.
            titles = [t["t"] for t in TITLE.finditer(each)] if len(units) == 1 else []
            for one in titles if len(titles) > 1 else [each]:
                reports.append(Report(unit, _subject(one, plans), "lead", pos))
    return [r for r in reports if r.subject]


# 会议听取关于X的汇报。会议议定，原则同意市水利局的汇报: the decision names who reported.
_AGREED_REPORT = re.compile(
    r"同意(?:了)?(?P<rep>[^，。；《》“”\n]{2,30}?)(?:的|所作的?|作的)(?:工作)?(?:情况)?"
    rf"(?:汇报|报告|{NOUN})"
)


def _agreed_report(text: str, item: Item, plans: _Subjects) -> list[Report]:
    """The unit whose report the meeting agreed to right after an item heard without a reporter."""
    body = text[item.lead_end : min(item.end, item.lead_end + 120)]
    match = _AGREED_REPORT.search(body) if "同意" in body else None
    if not match:
        return []
    subject = _subject("", plans)
    units = reporter_units(match["rep"], item.lead_end + match.start("rep"))
    return [Report(unit, subject, "lead", pos) for unit, pos in units if subject]


_BEFORE_ABOUT = re.compile(r"关于|的汇报|汇报|的|(?:有关|相关)$")


# 一、关于老旧小区改造工作。: a numbered heading that says what the item is about.
_ABOUT_HEADING = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]"
    r"|(?P<topic>议题)[一二三四五六七八九十\d]{1,3}[：:、.．])\s*"
    r"关于(?P<s>[^，。；：\n《》]{2,60}?)(?:的(?:汇报|报告|议题))?(?=[。；：\n])"
)


@cache
def _after_verb(verb: str) -> re.Pattern[str]:
    """What follows an item's verb (关于 when it has none): its subject. One pattern per verb."""
    word = re.escape(verb) if verb else "关于"
    return re.compile(rf"(?:{word})(?:了|并)?(?:关于)?(?P<s>[^，。；\n]{{2,60}})")


def item_subject(text: str, item: Item) -> tuple[str, int] | None:
    """What an item's own words say it is about: 会议研究了X / 三、听取X汇报 / 议题一：关于X."""
    if item.topic:
        return item.topic
    lead = text[item.start : item.lead_end]
    heading = _ABOUT_HEADING.match(lead)
    if heading and not heading["topic"]:  # 一、关于X。会议听取了区住建局的汇报
        return heading["s"], item.start + heading.start("s")
    match = _after_verb(item.verb).search(lead)
    if not match:  # 议题一：关于X (then 汇报单位：…) when the words after it name no subject
        return (heading["s"], item.start + heading.start("s")) if heading else None
    subject = match["s"]
    if subject.endswith(_TOPIC_TAIL_LAST):
        subject = _TOPIC_TAIL.sub("", subject)
    words = _BEFORE_ABOUT.split(subject)[0]
    if item.verb.startswith("听取") and unit_of((split_list(words) or [words])[0]):
        return None  # 听取了县商务局局长王勇同志的汇报: the words name the reporter, not the topic
    return (subject, item.start + match.start("s")) if len(subject) >= 2 else None


def _decided(text: str, item: Item) -> tuple[str, int] | None:
    """What the meeting agreed to right after the lead (会议原则同意X), when nothing else names
    the topic."""
    match = _AGREED.search(text, item.lead_end, min(item.end, item.lead_end + 120))
    return (match["x"], match.start("x")) if match else None


@dataclass(frozen=True)
class _Subjects:
    """What a report can be about: the item's plans, and the item's own topic as a last resort."""

    plans: list[str]
    topic: str


def _subject(subject: str, known: _Subjects) -> str:
    """The plan title when the subject names one (or names nothing), else the subject phrase,
    else the item's topic (五、研究…工作 / 区国资委主任某某作汇报)."""
    titled = TITLE.search(subject)
    if titled:
        return titled["t"]
    plans = known.plans
    if not plans and not subject.strip():
        titled = TITLE.search(known.topic)
        return titled["t"] if titled else known.topic
    # An item about one plan is reported on that plan, whatever words the sentence uses for it.
    if len(plans) == 1 or (plans and not subject):
        return plans[0]
    return _SUBJECT_EDGES.sub("", subject.strip())
