"""The meeting's opening: what the text says between the sentence saying the meeting was held and
its first agenda item (the lines of work it names, the plans it says were reviewed, the directives
of a 传达学习 paragraph or a speech).
"""

from __future__ import annotations

import re

from loaders.extract.background import conveyed
from loaders.extract.context import Context
from loaders.extract.directives import find_directives
from loaders.extract.facts import add_plan, as_directed
from loaders.extract.header import HEADER_WINDOW
from loaders.extract.initiatives import (
    held_initiatives,
    opening_initiatives,
    preamble_initiatives,
)
from loaders.extract.items import Item
from loaders.extract.minutes_end import minutes_end
from loaders.extract.plans import TITLE

# The sentence saying the meeting was held ends at the first full stop or line break after
# one of these words: found word first, as a pattern opening on a repeated class would be
# tried from every character of the text.
_HELD_WORD = re.compile(r"主持|召开|举行")
_STOP = re.compile(r"[。\n]")


def add_preamble_directives(ctx: Context, items: list[Item], body: int) -> None:
    """Directives between the meeting's opening sentence and its first recognised item (a
    传达学习 paragraph, a speech): they belong to the first item, or to the only one there is."""
    word = _HELD_WORD.search(ctx.text, body, body + HEADER_WINDOW)
    if not word and not items:
        return  # no meeting held and no agenda: a news story, whose units nobody directed
    held = word and _STOP.search(ctx.text, word.end(), body + HEADER_WINDOW)
    start = held.end() if held else body
    end = items[0].start if items else len(ctx.text)
    if end - start < 8:
        return
    region = Item(1, start, end, start, "")
    if items:  # a text with no item reads its directed work as its opening
        preamble_initiatives(ctx, region)
    ctx.result.directed.extend(
        as_directed(ctx, region, d) for d in find_directives(ctx.text, region)
    )


def add_opening_initiatives(ctx: Context, items: list[Item], body: int) -> None:
    """The lines of work the meeting's opening sentence names before its first item, or the whole
    text's when no agenda item opens in it (see :func:`opening_initiatives`)."""
    if items:  # the sentence the first item opens in
        end = items[0].start
        start = max(ctx.text.rfind("。", body, end), ctx.text.rfind("\n", body, end)) + 1
        word = _HELD_WORD.search(ctx.text, max(start, body), end)
    else:
        word = _HELD_WORD.search(ctx.text, body, body + HEADER_WINDOW)
        end = minutes_end(ctx.text, word.end()) if word else body
    if word:
        opening_initiatives(ctx, Item(1, word.end(), end, end, ""), whole=not items)


def add_held_openings(ctx: Context, items: list[Item], body: int) -> None:
    """The lines of work a sentence saying the meeting was held names before the sentence of the
    first item (召开第二次常务会议，就A、B等议题进行审议讨论。…会议审议了《C》), read once the items
    are: an opening that only sums up their agenda names nothing of its own."""
    if not items:
        return
    end = items[0].start
    start = max(ctx.text.rfind("。", body, end), ctx.text.rfind("\n", body, end)) + 1
    if _HELD_WORD.search(ctx.text, max(start, body), end):
        return  # the first item's own sentence, read as its opening already
    for word, stop in _held_sentences(ctx.text, body, start):
        held_initiatives(ctx, Item(1, word.end(), stop, stop, ""))


def _held_sentences(text: str, body: int, end: int) -> list[tuple[re.Match[str], int]]:
    """Each word saying the meeting was held before ``end``, with the end of its sentence
    (召开第二次常务会议，就A、B等议题进行审议讨论。…会议审议了《C》: the agenda before the first item)."""
    found, stop = [], body
    for word in _HELD_WORD.finditer(text, body, min(end, body + HEADER_WINDOW)):
        if word.start() >= stop and (held := _STOP.search(text, word.end(), end)):
            found.append((word, stop := held.end()))
    return found


# 召开第40次常务会议。审议《A》；审议《B》；…。一、审议《A》…: the opening lists what the meeting
# reviewed, and the numbered items take up only some of it.
_REVIEWED = re.compile(r"(?:审议|审定|讨论|研究|听取)(?:并(?:原则)?通过)?(?:了)?[：:]?(?:关于)?$")


def add_opening_plans(ctx: Context, items: list[Item], body: int) -> None:
    """Titles an opening before numbered items says the meeting reviewed: plans of the meeting."""
    region = _opening(ctx, items, body)
    if not region:
        return
    for match in TITLE.finditer(ctx.text, *region):
        pos = match.start("t")
        if _REVIEWED.search(ctx.text, max(0, match.start() - 8), match.start()) and not conveyed(
            ctx.text, pos
        ):
            add_plan(ctx, items[0].number, match["t"], pos)


def _opening(ctx: Context, items: list[Item], body: int) -> tuple[int, int] | None:
    """The text between the sentence saying the meeting was held and a first numbered item."""
    if not items or not _NUMBERED.match(ctx.text, items[0].start):
        return None
    word = _HELD_WORD.search(ctx.text, body, items[0].start)
    held = word and _STOP.search(ctx.text, word.end(), items[0].start)
    return (held.end(), items[0].start) if held else None


_NUMBERED = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]")
