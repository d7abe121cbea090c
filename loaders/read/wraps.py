"""Line-wrap and page-break repair: which line breaks end a paragraph and which cut a sentence.

Exports cut sentences (and even names: ``区商\\n\\n— 2 —\\n\\n务委``) wherever a line or page
ended. A break is a wrap, and is removed, unless the line before it ends a sentence (。！？；：),
the line after it starts a numbered item, heading or field (``二、``, ``（一）``, ``出席：``), or
the line before it is a short line with no clause punctuation (a title, a document number).
"""

from __future__ import annotations

import re
from collections import Counter

# A line ends a sentence when its last character, past closing quotes and brackets, is one of
# these: read from the end, not by a pattern searched from the line's start.
_TERMINAL = frozenset("。！？；：!?;…")
_CLOSERS = "”’」』）)]】"
# Punctuation that can never start a line in Chinese typesetting, so a break before it is a wrap.
_CLOSING_START = re.compile(r"^[，。、；：！？）》」』”’】〕…,.;:!?)]")
_NEW_ITEM = re.compile(
    r"^(?:[一二三四五六七八九十百零〇]+[、.．]"
    r"|[（(][一二三四五六七八九十百零〇\d]{1,3}[）)]"
    r"|\d{1,2}(?:[、．]|\.(?!\d))"
    r"|第[一二三四五六七八九十百零〇\d]+[条章节部分项]"
    r"|[【〔\[①-⑳●■◆▲★·•]"
    r"|[\u4e00-\u9fff]{1,5}[：:])"
)
# Header fields of minutes are one line each, even when they hold commas.
_FIELD_LINE = re.compile(
    r"^(?:会议)?(?:时间|地点|主持人?|出席(?:人员|领导)?|列席(?:单位|人员)?|参加(?:单位|人员)?"
    r"|缺席|请假|记录人?|议题|来源|发布(?:时间|日期)|日期|抄送|主送|作者|编辑|责任编辑|浏览(?:量|次数))\s*[：:]"
)
# A numbered heading (四、听取……情况) is a paragraph of its own, however it ends.
_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．](?!\d)|议题[一二三四五六七八九十]+[：:、])(?!会议)"
)
_MAX_HEADING = 80
# A line opening with the meeting's own voice starts a new paragraph of minutes.
_MEETING_START = re.compile(
    r"^会议(?:首先|还|又|再|随后|最后)?(?:听取|审议|研究|传达|原则|议定|指出|强调|要求|认为|决定|同意)"
)
_CLAUSE_PUNCT = re.compile(r"[，、。；：！？,;]")
_FURNITURE = re.compile(
    r"^(?:[-—–－─―]+ ?\d{1,4} ?[-—–－─―]+"
    r"|第 ?\d{1,4} ?页(?: ?[，,/]? ?共 ?\d{1,4} ?页)?"
    r"|共 ?\d{1,4} ?页 ?[，,/]? ?第 ?\d{1,4} ?页"
    r"|[Pp]age \d{1,4}(?: of \d{1,4})?)$"
)
_PDF_FURNITURE = re.compile(r"^(?:\d{1,4}|\d{1,4} ?/ ?\d{1,4})$")
_MIN_BODY_LINE = 12
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_LATIN_START = re.compile(r"^[A-Za-z]")


def join_wrapped_lines(text: str, *, from_pdf: bool = False) -> str:
    """Return ``text`` with wrapped lines joined and paragraphs separated by one blank line.

    Args:
        text: Text with ``\\n`` line breaks only; spaces already made plain.
        from_pdf: Every visual line ends in a break, and lone numbers are page numbers.

    Returns:
        The text, each line stripped, page furniture dropped, without outer blank lines.

    >>> join_wrapped_lines("纪要\\n\\n会议听取区商务委汇报。会议指出，全\\n— 2 —\\n区上下要")
    '纪要\\n\\n会议听取区商务委汇报。会议指出，全区上下要'
    """
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line and not is_page_furniture(line, from_pdf=from_pdf)]
    if not lines:
        return ""
    full_width = _full_line_width(lines) if from_pdf else _hard_wrap_width(lines)
    parts: list[str] = []
    open_titles = 0
    for prev, line in zip([None, *lines[:-1]], lines, strict=True):
        if prev is None:
            parts.append(line)
        elif is_wrap(prev, line, full_width=full_width, inside_title=open_titles > 0):
            both_latin = prev[-1] in _LATIN and _LATIN_START.match(line)
            parts.append(" " + line if both_latin else line)
        else:
            open_titles = 0
            parts.append("\n\n" + line)
        open_titles = max(0, open_titles + line.count("《") - line.count("》"))
    return "".join(parts)


def is_wrap(
    prev: str, line: str, *, full_width: float | None = None, inside_title: bool = False
) -> bool:
    """Tell whether the break between two non-empty lines cuts a sentence.

    Args:
        prev: The line before the break, stripped.
        line: The line after the break, stripped.
        full_width: The width of a full line of a PDF page, if known; a line about that wide
            wrapped because the page ended, whatever its punctuation.
        inside_title: A 《 opened before the break is not closed yet.

    Returns:
        True when the two lines belong to one paragraph.

    >>> is_wrap("会议听取区应急局的汇报。会议指出，全", "区电动自行车安全治理攻坚行动……")
    True
    >>> is_wrap("区政府常务会议纪要", "长府会议纪要〔2024〕13号")
    False
    >>> is_wrap("会议原则同意，", "二、审议《方案》")
    False
    >>> is_wrap("四、听取全市安全生产工作情况", "会议听取了市应急局关于一季度安全生产形势的汇报。")
    False
    """
    if _CLOSING_START.match(line):
        return True
    if ends_sentence(prev) or _NEW_ITEM.match(line):
        return False
    if inside_title or (full_width is not None and _width(prev) >= 0.8 * full_width):
        return True
    if (_HEADING.match(prev) and len(prev) <= _MAX_HEADING) or _MEETING_START.match(line):
        return False
    if _FIELD_LINE.match(prev):
        return False
    # A short line (a table cell, a list of names) ends where its author ended it.
    return len(prev) >= _MIN_BODY_LINE and _CLAUSE_PUNCT.search(prev) is not None


def ends_sentence(line: str) -> bool:
    """Tell whether a stripped line ends a sentence: its last mark, past closing quotes and
    brackets, is a full stop, a question or exclamation mark, a semicolon, a colon or an ellipsis.

    >>> ends_sentence("会议指出：“要抓好落实。”"), ends_sentence("会议指出，全")
    (True, False)
    """
    return line.rstrip(_CLOSERS)[-1:] in _TERMINAL


def is_page_furniture(line: str, *, from_pdf: bool = False) -> bool:
    """Tell whether a stripped line is a page number or a page counter rather than text.

    Args:
        line: One stripped line.
        from_pdf: Lone numbers (``3``, ``3/5``) count as page numbers too.

    Returns:
        True for page furniture.

    >>> [is_page_furniture(s) for s in ("— 2 —", "- 3 -", "第 2 页 共 5 页", "2024年")]
    [True, True, True, False]
    """
    if _FURNITURE.match(line):
        return True
    return from_pdf and _PDF_FURNITURE.match(line) is not None


def _width(line: str) -> float:
    # Latin letters and digits are about half as wide as a Chinese character on the page.
    return len(line) - len(line.encode("ascii", "ignore")) / 2


def _full_line_width(lines: list[str]) -> float | None:
    widths = sorted(_width(line) for line in lines)
    return widths[int(len(widths) * 0.8)] if len(widths) >= 5 else None


# A text saved with hard line wraps (e-paper and PDF copies pasted into a page) has many lines of
# one width, the longest of the page: the width of its column.
_MIN_COLUMN = 16
_MIN_WRAPPED_LINES = 5


def _hard_wrap_width(lines: list[str]) -> float | None:
    """The column width of a hard-wrapped text: the longest width that at least a third of the
    lines (five at least) share, or ``None`` when lines end where their author ended them.

    >>> _hard_wrap_width(["会议听取了区甲局关于某某工作的汇" , "报。会议指出，要抓好某某工作落实"] * 3)
    16
    >>> _hard_wrap_width(["会议听取了区甲局关于某某工作的汇报。", "会议指出，要抓好落实。"] * 3) is None
    True
    """
    counts = Counter(len(line) for line in lines)
    width, count = max(counts.items(), key=lambda pair: (pair[1], pair[0]))
    wrapped = count >= _MIN_WRAPPED_LINES and 3 * count >= len(lines)
    return width if wrapped and width >= _MIN_COLUMN and width >= 0.85 * max(counts) else None
