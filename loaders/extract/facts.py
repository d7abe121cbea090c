"""The facts an extraction records, made from what a pass found: a plan (with the initiative it
implements), a report, a directive, each with its evidence and its names as written.
"""

from __future__ import annotations

from loaders.extract.context import Context
from loaders.extract.directive_parts import Directive
from loaders.extract.initiatives import implements
from loaders.extract.items import Item
from loaders.extract.plans import same_plan
from loaders.extract.reports import Report
from loaders.models import Directed, Plan, Reported


def add_plan(ctx: Context, number: int, title: str, pos: int) -> None:
    """Add a plan a submission named, with the initiative it implements, once per document."""
    if any(same_plan(p.simplified or p.title, title) for p in ctx.result.plans):
        return  # named again, perhaps without its draft suffix
    append_plan(ctx, number, title, pos)
    implements(ctx, number, title, pos)


def append_plan(ctx: Context, number: int, title: str, pos: int) -> None:
    name, simplified = ctx.written(title, pos)
    ctx.result.plans.append(
        Plan(title=name, simplified=simplified, item=number, **ctx.evidence(pos))
    )


def as_reported(ctx: Context, item: Item, report: Report) -> Reported:
    bureau = ctx.written(report.unit, report.pos)[0]
    return Reported(
        item=item.number, bureau=bureau, subject=report.subject, role=report.role,
        **ctx.evidence(report.pos),
    )  # fmt: skip


def as_directed(ctx: Context, item: Item, directive: Directive) -> Directed:
    to = ctx.written(directive.to, directive.pos)[0]
    return Directed(
        item=item.number, to=to, group=directive.group, directive=directive.action,
        **ctx.evidence(directive.pos),
    )  # fmt: skip
