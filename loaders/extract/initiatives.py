"""The initiatives of the minutes: the lines of work their plans, agenda clauses and directives name.

An item's plans each implement an initiative (《长宁区关于开展X攻坚行动工作方案》 → X攻坚行动); its
agenda clauses, the meetings and points it takes up and the work its directives ask for name more
(see :mod:`loaders.extract.subjects`, :mod:`loaders.extract.stressed` and
:mod:`loaders.extract.enumerated`), each named by :func:`loaders.extract.naming.initiative_name`.
"""

from __future__ import annotations

import re

from loaders.extract.context import Context
from loaders.extract.enumerated import directed_topics, names_units
from loaders.extract.items import Item
from loaders.extract.matching import similar
from loaders.extract.naming import initiative_name
from loaders.extract.reports import Report, item_subject
from loaders.extract.subjects import agenda_topics, topics
from loaders.extract.unit_lists import unit_at_start
from loaders.models import Extraction


def item_initiatives(
    ctx: Context, item: Item, plans: list[tuple[str, int]], reports: list[Report]
) -> list[str]:
    """Add the initiatives of one item (its plans', its topics', its directives'); return the
    names its plans and topics give, its main one first."""
    names: list[str] = []
    for title, pos in plans:
        if programme := _programme_named(ctx, title, names):
            ctx.add_related("implements", title, programme, pos)
        elif name := implements(ctx, item.number, title, pos):
            names.append(name)
    subjects = _subjects(ctx.text, item, plans, reports) + agenda_topics(ctx.text, item)
    reporters = {report.unit for report in reports}
    _add_subjects(ctx, item, subjects, names, bool(plans), reporters)
    _add_directed_work(ctx, item)
    return names


# A clause of how (采用EPC模式公开招标) or a statement (X既是经济工作也是政治工作) rather than a
# noun phrase: no line of work is named so.
_CLAUSE = re.compile(r"采用|使|让|从")
_STATEMENT = re.compile(r"是")


def _noun_phrase(name: str) -> bool:
    """Whether an initiative's name is a noun phrase, not a clause of how or a statement.

    >>> _noun_phrase("城区停车场建设"), _noun_phrase("采用代建模式"), _noun_phrase("甲既是乙")
    (True, False, False)
    """
    return not _CLAUSE.match(name) and not _STATEMENT.search(name)


# What a plan's name adds to a programme's when it sets rules for it (…工作考核问责办法, …使用管理办法).
_RULES_OF = re.compile(r"(?:工作)?(?:考核|问责|使用|监督|评价|奖惩|督查|考评)+")


def _programme_named(ctx: Context, title: str, names: list[str]) -> str | None:
    """The initiative an earlier plan of the item named, when this plan's title only sets rules for
    it: 《创建国家卫生县城实施方案》, then 《创建国家卫生县城工作考核问责办法》 implement one programme
    (a title going on to other work, 《直管公房清理规范及分类处置实施方案》, names its own)."""
    name = initiative_name(title, ctx.places) or ""
    return next(
        (n for n in names if len(n) >= 4 and _RULES_OF.fullmatch(name.removeprefix(n))), None
    )


def _add_subjects(
    ctx: Context,
    item: Item,
    subjects: list[tuple[str, int]],
    names: list[str],
    titled: bool,
    reporters: set[str],
) -> None:
    """Add the initiative each subject names, once per item; ``names`` grows with them."""
    for subject, pos in dict.fromkeys(subjects):
        if "《" in subject or subject in reporters:
            continue  # a conveyed document, or a reporter: not a line of work
        if unit_at_start(subject):
            about = subject.find("关于")
            if about < 0 or titled or unit_at_start(subject[about + 2 :]):
                continue  # a reporter's words, not a line of work
            subject, pos = subject[about + 2 :], pos + about + 2  # 研究了X局关于Y: the topic is Y
        name = initiative_name(subject, ctx.places)
        if not name or not _noun_phrase(name) or unit_at_start(name):
            continue
        if all(not similar(name, n) for n in names):
            ctx.add_initiative(item.number, name, pos)
            names.append(name)


def _add_directed_work(ctx: Context, item: Item) -> None:
    """Add the lines of work the item's directives ask to carry out (要统筹抓好A、B等工作), each
    once per document: one the document names already is not named again."""
    named = [i.name for i in ctx.result.initiatives]  # not the topics of one list among themselves
    own = [i.name for i in ctx.result.initiatives if i.item == item.number]
    for subject, pos in directed_topics(ctx.text, item, topics):
        name = initiative_name(subject, ctx.places)
        if name and (not _noun_phrase(name) or _own_campaign(name, own)):
            continue
        if name and all(not similar(name, n) for n in named):
            ctx.add_initiative(item.number, name, pos)


def _own_campaign(name: str, own: list[str], width: int = 4) -> bool:
    """Whether a programme asked for in quotes holds four characters running of one of the item's
    own lines of work: a campaign of that work (“以旧换新进社区”活动 in an item on 消费品以旧换新),
    not a line of its own.

    >>> _own_campaign("“以旧换新进社区”活动", ["消费品以旧换新"]), _own_campaign("“护林”行动", ["春季植保"])
    (True, False)
    """
    return "“" in name and any(
        n[i : i + width] in name for n in own for i in range(len(n) - width + 1)
    )


def _subjects(
    text: str, item: Item, plans: list[tuple[str, int]], reports: list[Report]
) -> list[tuple[str, int]]:
    """What the item is about besides its plans: what the meeting studied (会议研究了X), else what
    each unit reported on (several subjects in a 分别听取 list)."""
    titles = {title for title, _ in plans}
    reported = [(r.subject, r.pos) for r in reports if r.subject not in titles]
    if plans or (item.verb in _HEARD_VERBS and reported):
        # 关于A工作及B活动安排的汇报: two lines of work, as in an agenda list
        return [part for pair in reported for part in _joined_work(*pair)]
    if item.verb.startswith(("传达", "学习")):
        return reported  # what was conveyed (a speech, a meeting) is background
    studied = item_subject(text, item)
    listed = topics(*studied) if studied else reported
    if item.verb == "通报" and any(len(part) < 4 for part, _ in listed):
        return []  # 会议通报甲县、乙县新增病例情况: places, not lines of work
    return listed


_WORK_AND = re.compile(r"工作[和及](?=[^、，；。]{4})")


def _joined_work(subject: str, pos: int) -> list[tuple[str, int]]:
    """The lines of work a report's subject joins after 工作 (A工作及B活动安排), else the subject.

    >>> _joined_work("教育工作及“敬老月”活动安排", 0)
    [('教育', 0), ('“敬老月”活动安排', 5)]
    """
    joined = _WORK_AND.search(subject)
    if not joined:
        return [(subject, pos)]
    return [(subject[: joined.start()], pos), (subject[joined.end() :], pos + joined.end())]


_HEARD_VERBS = {"听取", "分别听取", "汇报"}


def implements(ctx: Context, number: int, title: str, pos: int) -> str | None:
    """Add the initiative a plan implements and the edge between them; return its name."""
    name = initiative_name(title, ctx.places)
    if name:
        ctx.add_initiative(number, name, pos)
        ctx.add_related("implements", title, name, pos)
    return name


def opening_initiatives(ctx: Context, region: Item, whole: bool) -> None:
    """Add the lines of work an opening names, read as one item.

    The meeting's opening sentence may name lines of work before its first item (主持召开…，通报A、B
    完成情况，审议《C》), and a release whose agenda opens no item names them all in a sentence of
    its own (会议主要传达…；听取X进展情况汇报。); ``whole`` says the region is that whole text, whose
    directives are read too.
    """
    _add_subjects(ctx, region, _opening_subjects(ctx, region), [], False, set())
    if whole:
        _add_directed_work(ctx, region)


def held_initiatives(ctx: Context, region: Item) -> None:
    """Add the lines of work a sentence saying the meeting was held lists before the first item's
    sentence, unless most of them sum up what the items name already (研究水土流失治理、疫苗管理等
    工作, then an item on 水土流失综合治理): then that sentence is the agenda's summary."""
    named = [i.name for i in ctx.result.initiatives]
    subjects = _opening_subjects(ctx, region)
    found = [initiative_name(subject, ctx.places) or "" for subject, _ in subjects]
    summed = sum(any(similar(name, n) for n in named) for name in found)
    if summed * 2 <= len(found):
        _add_subjects(ctx, region, subjects, named, False, set())


def _opening_subjects(ctx: Context, region: Item) -> list[tuple[str, int]]:
    """The topics an opening's agenda clauses list; a short part of a list there names a place or
    a unit more often than work."""
    return [
        (subject, at)
        for subject, at in agenda_topics(ctx.text, region)
        if len(initiative_name(subject, ctx.places) or "") >= 4 and not names_units(subject)
    ]


def preamble_initiatives(ctx: Context, region: Item) -> None:
    """Add the lines of work the meeting asks for between its opening sentence and its first item
    (会议指出，…要抓紧抓实环保、消防等各项工作), as the first item's: what it stresses before any agenda
    item is said the same way."""
    _add_directed_work(ctx, region)


def drop_summarised(result: Extraction) -> None:
    """An opening that lists the agenda (研究A、B、C等工作) names the initiatives its items name
    again: keep the item's own name (海岸带保护与利用), not the summary's (海岸带保护)."""
    tied = {r.from_ for r in result.related} | {r.to for r in result.related}
    # Names sharing no character are never similar: most pairs are told apart by their sets.
    named = [(i, i.item, i.name, frozenset(i.name)) for i in result.initiatives]
    kept = []
    for initiative, item, name, chars in named:
        # A tied name is kept whatever it summarises: the pairs are compared only for the others.
        summarised = name not in tied and item is not None and any(
            later is not None and later > item and not chars.isdisjoint(others)
            and similar(name, other)
            for _, later, other, others in named
        )  # fmt: skip
        if not summarised:
            kept.append(initiative)
    result.initiatives = kept
