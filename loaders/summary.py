"""A human-readable summary of an extraction, for the terminal."""

from __future__ import annotations

from loaders.models import Extraction


def render_summary(extraction: Extraction) -> str:
    """Return a short, readable summary: the meeting, then who reported what and who was told what.

    >>> from loaders.models import Meeting
    >>> print(render_summary(Extraction(source="a.txt", meeting=Meeting(title="X区人民政府第1次常务会议"))))
    a.txt: X区人民政府第1次常务会议 (date unknown)
      0 bureaus, 0 plans, 0 initiatives, 0 reports, 0 directives, 0 relations
    """
    meeting = extraction.meeting
    title = meeting.title or meeting.issuer or "meeting not identified"
    chair = f", chaired by {meeting.chair_title or ''}{meeting.chair}" if meeting.chair else ""
    lines = [
        f"{extraction.source}: {title} ({meeting.date or 'date unknown'}{chair})",
        f"  {len(extraction.bureaus)} bureaus, {len(extraction.plans)} plans, "
        f"{len(extraction.initiatives)} initiatives, {len(extraction.reported)} reports, "
        f"{len(extraction.directed)} directives, {len(extraction.related)} relations",
    ]
    for report in extraction.reported:
        role = " (supplementary)" if report.role == "supplementary" else ""
        lines.append(f"  [{report.item}] {report.bureau}{role} reported {report.subject}")
    for directive in extraction.directed:
        kind = "collective" if directive.group else "unit"
        lines.append(f"  [{directive.item}] → {directive.to} ({kind}): {directive.directive}")
    lines.extend(f"  warning: {warning}" for warning in extraction.warnings)
    return "\n".join(lines)
