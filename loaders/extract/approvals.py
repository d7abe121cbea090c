"""What a meeting approved: 审议通过, 研究通过, 原则同意 and 原则通过 said of a plan of the item.

The words approve a plan named after them (会议原则通过《A》和《B》), or the item's plan by a
back-reference (审议并原则通过了该行动方案, 原则同意这个方案) or by saying nothing more (…的起草情况，
会议审议并原则通过). Anything else approved (原则同意撤并3个教学点, 原则同意所列十二大类实事项目) is
not a plan of the meeting and yields no fact: the graph records approvals of plans only.
"""

from __future__ import annotations

import re

from loaders.extract.context import Context
from loaders.extract.items import Item
from loaders.extract.plans import TITLE, same_plan
from loaders.models import Approved, Plan

# (?=[…]): the first characters of the approving words, tested before the optional parts.
# 研究通过了《A》, (书面)研究并原则通过《A》: studied and approved, as 审议通过 is; so are 讨论通过,
# 审定通过, 审议并大体通过, 听取并基本同意, 原则上同意, and 会议通过《A》 said of a title.
APPROVAL = re.compile(
    r"(?=[审研讨听原基大通同])(?:(?:审议|研究|讨论|审定)(?:并)?(?:原则|大体|基本)?(?:通过|同意)"
    r"|(?:听取并)?(?:原则|基本|大体)上?(?:同意|通过)"
    r"|(?:(?<=会议)|(?<=议定[：:，])|(?<=一致))(?:通过|同意)(?=了?(?:出台|印发|实施|发布)?《)"
    # 同意以区政府名义印发, 同意按程序报区委审定: agreed to issue or pass on the item's plan
    r"|(?<![原基大])同意(?=(?:按程序|以[^，。；《]{1,12}名义)(?:印发|出台|实施|发布|报|提请)))(?:了)?"
)
# 会议原则通过后要求，…: approved, then the meeting's requirements; 原则同意按程序报区委审定,
# 同意以区政府名义印发: approved, then what is to be done with it. Neither names another title.
_THEN = re.compile(
    r"^后(?:要求|强调|指出|明确|认为|提出)"
    r"|^(?:并|后)?(?:按程序|修改完善后)?(?:报|提请|提交|以[^，。；]{1,12}名义|印发|发布|出台|实施)"
)
_CLAUSE_END = re.compile(r"[，,。；;！？\n]")
# 该实施方案, 此方案, 这个方案, 上述办法: the noun names the type of the item's plan.
_BACK_REFERENCE = re.compile(r"^(?:该|此|这个|这一|上述|以上)(?P<kind>[^，。；\n]{0,12})$")
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
        found = [_plan_titled(ctx.result.plans, of_item, title) for title in titles]
        return [plan for plan in found if plan is not None]
    reference = _BACK_REFERENCE.match(clause.strip())
    if clause.strip() and not reference and not _THEN.match(clause.strip()):
        return []
    kind = reference["kind"] if reference else ""
    typed = [p for p in of_item if kind and (p.simplified or p.title).endswith(kind)]
    if typed or len(of_item) == 1:
        return (typed or of_item)[:1]
    # 汇报了《A》和《B》。会议原则通过: the titles named together are approved together.
    together = len({p.evidence for p in of_item}) == 1 and not kind
    return of_item if together else []


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
