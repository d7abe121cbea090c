"""What a meeting approved: 审议通过, 研究通过, 原则同意 and 原则通过 said of a plan of the item.

The words approve a plan named after them (会议原则通过《A》和《B》), or the item's plan by a
back-reference (审议并原则通过了该行动方案, 原则同意这个方案) or by saying nothing more (…的起草情况，
会议审议并原则通过). Anything else approved (原则同意撤并3个教学点, 原则同意所列十二大类实事项目) is
not a plan of the meeting and yields no fact: the graph records approvals of plans only.
"""

from __future__ import annotations

import re

from loaders.extract.context import Context
from loaders.extract.document_verbs import AUTHORED
from loaders.extract.items import Item
from loaders.extract.plans import BY_UNIT, TITLE, same_plan
from loaders.extract.unit_lists import units_at
from loaders.models import Approved, Plan

# (?=[…]): the first characters of the approving words, tested before the optional parts.
# 研究通过了《A》, (书面)研究并原则通过《A》: studied and approved, as 审议通过 is; so are 讨论通过,
# 审定通过, 审议并大体通过, 听取并基本同意, 原则上同意, and 会议通过《A》 said of a title.
APPROVAL = re.compile(
    r"(?=[审研讨听原基大通同予])(?:(?:原则)?(?:审议|研究|讨论|审定)(?:并)?(?:原则|大体|基本)?(?:通过|同意)"
    # …认为方案可行，予以通过: the item's plan, passed
    r"|(?<=[，,])予以(?:通过|同意)"
    r"|听取并(?:原则|基本|大体)?上?(?:同意|通过)|(?:原则|基本|大体)上?(?:同意|通过)"
    r"|(?:(?<=会议)|(?<=议定[：:，])|(?<=一致)|(?<=研究[，,]))(?:通过|同意)(?=[，,]?(?:了?(?:出台|印发|实施|发布)?《"
    # 会议同意该方案: the item's plan, called back (会议同意，《A》…: after a comma too)
    r"|了?(?:该|此|这个|这一|上述|以上)"
    # 会议同意区发改局提出的《A》, 同意某局拟草并经合法性审查的《A》: the unit's document, agreed to
    rf"|{BY_UNIT}《))"
    # …等工作实施方案，通过了《A》: the meeting's sentence goes on to pass a title
    r"|(?<=[，,])通过了(?=《)"
    # 同意以区政府名义印发, 同意按程序报区委审定, 同意提交区委常委会审议: agreed to issue or pass on
    # the item's plan
    r"|(?<![原基大])同意(?=(?:按程序|以[^，。；《]{1,12}名义)(?:印发|出台|实施|发布|报|提请)"
    # 同意提交区委常委会审议: passed on to the body that decides next
    r"|(?:按程序)?(?:提交|提请|报(?!告|道))[^，。；《]{1,16}?(?:审议|审定|研究|批准)))(?:了)?"
)
# 会议原则通过后要求，…: approved, then the meeting's requirements; 原则同意按程序报区委审定,
# 同意以区政府名义印发: approved, then what is to be done with it. Neither names another title.
_THEN = re.compile(
    r"^后(?:要求|强调|指出|明确|认为|提出)"
    r"|^(?:并|后)?(?:按程序|修改完善后)?(?:报|提请|提交|以[^，。；]{1,12}名义|印发|发布|出台|实施)"
)
# A comma before a title goes on with the list of titles (原则同意《A》，《B》).
_CLAUSE_END = re.compile(r"[，,](?!《)|[。；;！？\n]")
# 该实施方案, 此方案, 这个方案, 上述办法: the noun names the type of the item's plan.
_BACK_REFERENCE = re.compile(r"^(?:该|此|这个|这一|(?P<all>上述|以上))(?P<kind>[^，。；\n]{0,12})$")
# 《方案》, the short name an item gave its plan (以下简称《方案》).
_SHORT_TITLE = re.compile(r"^[^《》]{1,6}$")
_DRAFT = re.compile(r"[（(][^（）()]{2,8}[）)]$")


def add_approvals(ctx: Context, items: list[Item]) -> None:
    """Add the plans each item's text says the meeting approved, each plan once.

    >>> from loaders.models import Document, Extraction
    >>> text = "一、审议《甲方案》。会议听取了区财政局的汇报，审议并原则通过了该方案。"
    >>> doc = Document(source="a", doc="h", format="text", text=text, simplified=text)
    >>> ctx = Context(doc, (), Extraction(plans=[Plan(title="甲方案", item=1)]), bounds=[10])
    >>> add_approvals(ctx, [Item(1, 0, len(text), 9, "审议")])
    >>> [(a.plan, a.verb, a.evidence) for a in ctx.result.approved]
    [('甲方案', '审议并原则通过了', '会议听取了区财政局的汇报，审议并原则通过了该方案。')]
    """
    for item in items or [Item(1, 0, len(ctx.text), 0, "")]:
        # A page whose items were not told apart is read as one item, as its plans were.
        if not any(ctx.text.find(word, item.start, item.end) >= 0 for word in ("通过", "同意")):
            continue  # every approving phrase ends in one of them; most items hold neither
        for match in APPROVAL.finditer(ctx.text, item.start, item.end):
            for plan in _approved_plans(ctx, item, match.end()):
                _add(ctx, item.number, plan, match)


def _approved_plans(ctx: Context, item: Item, pos: int) -> list[Plan]:
    """Return the plans the approving words ending at ``pos`` name, none when they name none."""
    end = _CLAUSE_END.search(ctx.text, pos)
    clause = ctx.text[pos : end.start() if end else len(ctx.text)]
    titles = [m["t"] for m in TITLE.finditer(clause)]
    of_item = [p for p in ctx.result.plans if p.item == item.number]
    if titles:
        titles += listed_after(ctx.text, end.start() if end else len(ctx.text))
        found = [_plan_titled(ctx.result.plans, of_item, title) for title in titles]
        return [plan for plan in found if plan is not None]
    if counted := _COUNTED.match(clause.strip()):
        return _counted(of_item, counted)
    return _referred(of_item, clause.strip())


def _referred(of_item: list[Plan], clause: str) -> list[Plan]:
    """The item's plans a clause after the approving words calls back, or none (该方案, 上述文件,
    nothing at all, or what is to be done with it)."""
    reference = _BACK_REFERENCE.match(clause)
    if clause and not reference and not _THEN.match(clause):
        return []
    kind = reference["kind"] if reference else ""
    if reference and reference["all"] and kind in _ANY_KIND:
        return of_item  # 上述文件, 以上事项: every plan of the item
    typed = [p for p in of_item if kind and (p.simplified or p.title).endswith(kind)]
    if typed or len(of_item) == 1:
        return (typed or of_item)[:1]
    # 汇报了《A》和《B》。会议原则通过: the titles named together are approved together.
    together = len({p.evidence for p in of_item}) == 1 and not kind
    return of_item if together else []


# 这三个报告, 上述两个文件, 以上3个方案: as many of the item's plans as the number says.
_COUNTED = re.compile(
    r"^(?:这|上述|以上|前述)?(?P<n>[两二三四五六七八九2-9])(?:个|项|份|件)(?P<kind>[^，。；\n]{0,8})$"
)
_COUNTS = {c: i for i, c in enumerate("一两三四五六七八九", 1)} | {"二": 2}
_ANY_KIND = ("文件", "议题", "事项", "材料")


def _counted(of_item: list[Plan], counted: re.Match[str]) -> list[Plan]:
    """The item's plans a counted back-reference names, when their number is the one said.

    >>> plans = [Plan(title="甲报告（送审稿）", item=1), Plan(title="乙报告", item=1)]
    >>> [p.title for p in _counted(plans, _COUNTED.match("这两个报告"))]
    ['甲报告（送审稿）', '乙报告']
    >>> _counted(plans, _COUNTED.match("这三个报告"))
    []
    """
    number = _COUNTS.get(counted["n"]) or int(counted["n"])
    kind = counted["kind"]
    typed = [
        p
        for p in of_item
        if kind in _ANY_KIND or _DRAFT.sub("", p.simplified or p.title).endswith(kind)
    ]
    return typed if len(typed) == number else []


# 州财政局《A》，州安监局《B》 after the approving words: each unit's documents, one list.
_LISTED = re.compile(
    rf"(?:{AUTHORED})?的?"
    r"(?P<titles>《[^《》\n]{2,150}》(?:[、和及与]?《[^《》\n]{2,150}》)*)等?(?=[，,。；\n]|$)"
)


def listed_after(text: str, pos: int) -> list[str]:
    """The titles of the clauses from ``pos`` on that name units and their documents only.

    >>> listed_after("，区财政局提交的《甲方案》，区民政局《乙办法》《丙规划》。会议要求", 0)
    ['甲方案', '乙办法', '丙规划']
    """
    titles: list[str] = []
    while text.startswith(("，", ","), pos):
        units, after = units_at(text, pos + 1)
        listed = _LISTED.match(text, after) if units else None
        if not listed:
            break
        titles += [m["t"] for m in TITLE.finditer(listed["titles"])]
        pos = listed.end()
    return titles


def _plan_titled(plans: list[Plan], of_item: list[Plan], title: str) -> Plan | None:
    """Return the plan a title names: a plan of the document, or the item's one plan when the
    title is a short name (《方案》)."""
    for plan in plans:
        written = plan.simplified or plan.title
        if same_plan(written, title) or _DRAFT.sub("", written) == _DRAFT.sub("", title):
            return plan
    return of_item[0] if len(of_item) == 1 and _SHORT_TITLE.match(title) else None


def _add(ctx: Context, number: int, plan: Plan, match: re.Match[str]) -> None:
    if any(a.plan == plan.title for a in ctx.result.approved):
        return  # an opening that lists the approvals, then each item again: one approval each
    verb = ctx.doc.text[match.start() : match.end()]
    ctx.result.approved.append(
        Approved(item=number, plan=plan.title, verb=verb, **ctx.evidence(match.start()))
    )
