"""Splitting minutes into agenda items.

Two shapes cover the wild: numbered items (一、二、 after 纪要如下, possibly glued to the end of the
previous line) and paragraphs or clauses that open with an agenda verb (会议听取…, 会议审议…; in a
news release 会议传达学习了…，听取了…，研究了… in one paragraph); a 图文回放 page's timeline, whose chair
calls each item. Where a verb opens an item is read in :mod:`loaders.extract.agenda_verbs`, where
the last item ends in :mod:`loaders.extract.minutes_end`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import islice

from loaders.extract.agenda_verbs import STOP, VERB, opened_at, sentence_end, verb_starts
from loaders.extract.minutes_end import last_item_end
from loaders.extract.numerals import to_int
from loaders.extract.unit_names import unit_of

_DECISION = re.compile(r"同意|通过|议定")
# A decision clause belongs to the item before it unless it brings its own subject:
# 审议并原则通过《X》 is a new item, 审议并原则通过了该方案 is not.
_BACK_REFERENCE = re.compile(r"(?:了)?(?:该|上述|此|这一?|以上)")
# Item numbers, in order of precedence: 一、 (also glued after 。), then 1． and （一） at line start
# (（一） inside an item is usually a sub-point, so it counts only when nothing else numbers items).
# The first one's look-ahead names the characters it opens with: its look-behind is tried only there.
_HEADINGS = (
    re.compile(
        r"(?=[ \t一二三四五六七八九十])(?<![^。；\n])[ \t]*(?P<num>[一二三四五六七八九十]{1,3})、(?!二季度|三季度|四季度)"
    ),
    re.compile(r"(?m)^[ \t]*(?P<num>\d{1,2})[.．、](?!\d)"),
    re.compile(r"(?m)^[ \t]*[（(](?P<num>[一二三四五六七八九十]{1,3})[）)]"),
    re.compile(r"(?m)^[ \t]*议题(?P<num>[一二三四五六七八九十]{1,3})[：:、]"),
)
# 【 at a line's start: the look-behind after it, so that re skips from one 【 to the next instead of
# trying ^ at every character.
_SPEAKER = re.compile(r"【(?<![^\n]【)[^】\n]{1,30}】\s*\d{1,2}[:：]\d{2}")
_CALL = re.compile(
    r"(?<![^。，；\n])[^。，；\n]*(?:第[一二三四五六七八九十\d]{1,3}项|下一项|最后一项)(?:议题)?[^。\n]*?请"
)
_SPEAKER_NAME = re.compile(r"【(?<![^\n]【)(?P<who>[^】\n]{1,30})】")
_AGENDA_LINE = re.compile(
    r"(?m)^[ \t]*\d{1,2}[.．、](?:听取|审议|研究)?(?P<topic>[^\n]{2,80}?)(?:的)?(?:汇报)?$"
)
_NOT_ITEM = re.compile(
    r"^\s*(?:会议)?(?:还)?(?:研究|讨论|审议)了?(?:其他|其它|有关|相关)(?:事项|议题|工作)"
)


_REPORTER_SENTENCE = re.compile(
    r"\s*[^，。；\n]{2,40}?(?:汇报了|介绍了|作了?(?:起草|编制|有关|专题)?(?:情况)?(?:汇报|说明))"
)


@dataclass(frozen=True)
class Item:
    """An agenda item: its number and the character ranges of the whole item and its lead.

    ``lead`` is the part that says what the item is about and who reported (the heading and the
    agenda sentence); the rest of the item is what the meeting said and directed.
    """

    number: int
    start: int
    end: int
    lead_end: int
    verb: str
    topic: tuple[str, int] | None = None
    """What an agenda list says the item is about, with its position, when the item has one."""

    def ending_at(self, end: int) -> Item:
        """The item ending at ``end`` (as ``dataclasses.replace`` would give it, faster)."""
        return Item(self.number, self.start, end, self.lead_end, self.verb, self.topic)


def split_items(text: str, body_start: int = 0) -> list[Item]:
    """Find the agenda items of a normalised, simplified minutes text.

    Args:
        text: the document text.
        body_start: where the header ends (items are not looked for before it).

    >>> text = "会议听取区应急局关于X的汇报。会议指出，要抓好。会议审议《Y》。"
    >>> [(i.number, text[i.start:i.lead_end]) for i in split_items(text)]
    [(1, '会议听取区应急局关于X的汇报。'), (2, '会议审议《Y》。')]
    """
    end = len(text)
    items = (
        _timeline_items(text, body_start, end)
        or _numbered_items(text, body_start, end)
        or _titled_items(text, body_start, end)
        or _verb_items(text, body_start, end)
        or _numbered_items(text, body_start, end, least=1)
    )
    if items:
        last = items[-1]
        end = last_item_end(text, last.lead_end)
        if end < len(text):
            items[-1] = replace(last, end=end)
    return _drop_other_business(text, items)


def _drop_other_business(text: str, items: list[Item]) -> list[Item]:
    """Drop 审议了相关议题 / 研究了其他事项 clauses: no item of their own, so what the meeting
    said after them stays with the item before (会议对近期工作作出安排部署：一是…)."""
    kept: list[Item] = []
    for item in items:
        if not _NOT_ITEM.match(text[item.start : item.lead_end]):
            kept.append(item)
        elif kept:
            kept[-1] = replace(kept[-1], end=max(kept[-1].end, item.end))
    return kept


def _timeline_items(text: str, start: int, end: int) -> list[Item]:
    """A 图文回放 page: 【speaker】time entries; the chair opens each item (第二项议题，请X汇报…)."""
    if len(_SPEAKER.findall(text, start, end)) < 3:
        return []
    calls = [m.start() for m in _CALL.finditer(text, start, end)]
    if len(calls) < 2:
        return _speaker_items(text, start, end)
    items = []
    for number, (pos, nxt) in enumerate(zip(calls, [*calls[1:], end], strict=True), start=1):
        lead_end = sentence_end(text, pos, nxt)
        items.append(Item(number, pos, nxt, lead_end, "汇报"))
    return items


def _speaker_items(text: str, start: int, end: int) -> list[Item]:
    """A timeline whose chair does not call each item: every unit that speaks without 补充 opens
    one, in the order of the page's agenda list (会议议题：1.… 2.…), which gives its topic."""
    agenda = [(m["topic"], m.start("topic")) for m in _AGENDA_LINE.finditer(text, start, end)]
    opening = [
        m.start() for m in _SPEAKER_NAME.finditer(text, start, end)
        if unit_of(m["who"]) and "补充" not in text[m.end() : m.end() + 20]
    ]  # fmt: skip
    items = []
    for number, (pos, nxt) in enumerate(zip(opening, [*opening[1:], end], strict=False), start=1):
        topic = agenda[number - 1] if len(agenda) == len(opening) else None
        items.append(Item(number, pos, nxt, sentence_end(text, pos, nxt), "汇报", topic))
    return items


def _numbered_items(text: str, start: int, end: int, least: int = 2) -> list[Item]:
    """Items under numbered headings of one style, at least ``least`` of them (one heading alone,
    一、听取…, is an item only where no verb opens one: a page that kept one item of several)."""
    heads = next(
        (h for h in (_heads(r, text, start, end) for r in _HEADINGS) if len(h) >= least), []
    )
    if not heads:
        return []
    bounds = [pos for _, pos in heads] + [end]
    items = []
    for (number, pos), nxt in zip(heads, bounds[1:], strict=False):
        verb = VERB.search(text, pos, nxt)
        items.append(
            Item(number, pos, nxt, _numbered_lead_end(text, pos, nxt), verb[0] if verb else "")
        )
    return items


# A heading line of its own that says what the item is about (关于加快构建县域医共体工作), found from its
# 关于: a line-start pattern would be tried at every character.
_ABOUT = re.compile("关于")
_TITLED_LINE = re.compile(r"[ \t]*关于(?P<topic>[^，。,；;：:！？\s]{2,40})[ \t]*(?=\n)")


def _titled_items(text: str, start: int, end: int) -> list[Item]:
    """Items under headings that name their topic without a number, two at least: each heading
    opens an item, what follows is what the meeting said of it."""
    heads = []
    for about in _ABOUT.finditer(text, start, end):
        line = text.rfind("\n", start, about.start()) + 1
        match = _TITLED_LINE.match(text, max(line, start), end) if line else None
        if match and match.start() == line:
            heads.append((line, match.end(), (match["topic"], match.start("topic"))))
    bounds = [pos for pos, _, _ in heads[1:]] + [end]
    # an agenda field lists its topics line after line: headings stand over what was said
    if len(heads) < 2 or any(
        nxt - lead_end < 20 for (_, lead_end, _), nxt in zip(heads, bounds, strict=True)
    ):
        return []
    return [
        Item(number, pos, nxt, lead_end, "研究", topic)
        for number, ((pos, lead_end, topic), nxt) in enumerate(zip(heads, bounds, strict=True), 1)
    ]


def _heads(regex: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""Numbered headings of one style that count 1, 2, 3 … in order; a published 纪要 may leave
    out an item or two (一、… 三、…), so a number may skip ahead by up to ``_MAX_SKIP``.

    >>> _heads(_HEADINGS[0], "一、甲。\n三、乙。\n二、丙。", 0, 15)
    [(1, 0), (3, 5)]
    """
    heads: list[tuple[int, int]] = []
    for match in regex.finditer(text, start, end):
        number, last = to_int(match["num"]) or 0, heads[-1][0] if heads else 0
        if number == last + 1 or (heads and last + 1 < number <= last + 1 + _MAX_SKIP):
            heads.append((number, opened_at(match)))
    return heads


_MAX_SKIP = 2


_COMMENT = re.compile(
    r"会议(?:指出|认为|强调|要求|明确|议定|决定|同意|原则同意|原则通过)|要求[，：]"
)
_FULL_STOP = re.compile(r"[。\n]")


def _numbered_lead_end(text: str, start: int, end: int) -> int:
    """The lead of a numbered item: its heading and the sentences before the meeting's comments."""
    match = _COMMENT.search(text, start, end)
    # The first three stops after the heading's first characters, counted from the item's start.
    stops = (m.end() - start for m in _FULL_STOP.finditer(text, start, end) if m.end() - start > 3)
    sentences = list(islice(stops, 3))
    limit = start + sentences[-1] if sentences else end
    return min(match.start() if match else end, limit) if match else limit


def _verb_items(text: str, start: int, end: int) -> list[Item]:
    starts = verb_starts(text, start, end)
    items: list[Item] = []
    for index, (pos, verb) in enumerate(starts):
        if (
            _folds_into_previous(text, pos, verb)
            and items
            and _same_paragraph(text, items[-1].start, pos)
        ) or (items and _decides_previous(text, items[-1], pos, verb)):
            continue
        nxt = starts[index + 1][0] if index + 1 < len(starts) else end
        lead_end = _with_reporter(text, sentence_end(text, pos, nxt), nxt)
        items.append(Item(len(items) + 1, pos, nxt, lead_end, verb))
    return _merge_decisions(items, end)


def _with_reporter(text: str, lead_end: int, end: int) -> int:
    """Extend a lead over the sentence that names the reporter: 会议研究了X。区Y局汇报了…。"""
    following = STOP.search(text, lead_end, end)
    reporter_end = following.end() if following else end
    if _REPORTER_SENTENCE.match(text, lead_end, reporter_end):
        return reporter_end
    return lead_end


_STUDIED = re.compile(r"审议|听取|研究")


def _folds_into_previous(text: str, pos: int, verb: str) -> bool:
    if not _DECISION.search(verb):
        return False
    if not _STUDIED.search(verb):
        return True
    after = text.find(verb, pos) + len(verb)
    return bool(_BACK_REFERENCE.match(text, after))


# 会议议定，原则同意…: what was decided, with no subject of its own.
_BARE_DECISION = re.compile(r"(?:会议|会上)?议定[，：:]")


def _decides_previous(text: str, previous: Item, pos: int, verb: str) -> bool:
    """Whether a paragraph of what was decided (会议议定，原则同意市水利局的汇报) follows an item
    that had only its lead: it is that item's decision, not an item of its own."""
    return (
        verb == "议定"
        and bool(_BARE_DECISION.match(text, pos))
        and not text[previous.lead_end : pos].strip()
    )


def _same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n" not in text[a:b]


def _merge_decisions(items: list[Item], text_end: int) -> list[Item]:
    """Extend each item to the start of the next (the last to the end of the text), after
    decision clauses were folded into it."""
    merged = []
    for index, item in enumerate(items):
        end = items[index + 1].start if index + 1 < len(items) else text_end
        merged.append(item.ending_at(max(end, item.lead_end)))
    return merged
