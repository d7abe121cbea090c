"""Limits on an HTML page's size and nesting, checked before and after parsing.

lexbor's tree builder takes time in proportion to the square of the nesting depth (20,000 nested
``<div>`` took 0.4 s, 200,000 took 94 s), so the nesting is estimated from the source's tags
before the page is parsed, and measured exactly once it is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser

from loaders.errors import UnreadableFileError
from loaders.read.limits import (
    MAX_HTML_BODY_CHARS,
    MAX_HTML_DEPTH,
    MAX_HTML_OPEN_TAGS,
    MAX_HTML_TAGS,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A comment runs to its end or to the end of the page, so an unclosed one is scanned once.
_MARKUP = re.compile(r"<!--.*?(?:-->|\Z)|<(/?)([A-Za-z][^\s/>]*)[^>]*?(/?)>", re.S)
_VOID = _words(
    "area base basefont bgsound br col embed frame hr img input keygen link meta param source"
    " track wbr"
)
# Elements the parser closes when a sibling opens: they cannot nest by themselves.
_SELF_CLOSING = _words(
    "p li dt dd tr td th option optgroup thead tbody tfoot caption colgroup rb rt rp rtc"
)
# The HTML standard's "special" elements: an end tag for another element does not close them.
_SPECIAL = _words(
    "address applet article aside blockquote body button caption center col colgroup dd details"
    " dir div dl dt fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 head header"
    " hgroup html iframe li listing main marquee menu nav noembed noframes noscript object ol p"
    " plaintext pre script search section select style summary table tbody td template textarea"
    " tfoot th thead title tr ul xmp mi mo mn ms mtext annotation-xml foreignobject desc"
)
# Elements an end tag of a special element does not reach past.
_SCOPE = _words(
    "applet caption html table td th marquee object template mi mo mn ms mtext annotation-xml"
    " foreignobject desc title"
)
_WALK = 64  # an end tag looks this far down the open elements; past that it counts as stray
_RAW_TEXT = _words("script style textarea title xmp iframe noembed noframes plaintext")
_FOREIGN = ("svg", "math")
_TOO_DEEP = " > ".join(["*"] * (MAX_HTML_DEPTH + 1))
# lexbor parses a selector again at each query, in time growing faster than its length (86 µs
# for the chain above, 8 µs for this one): an element that deep is looked for only in a page
# nested this deep, which holds every element deeper than it.
_DEEP = " > ".join(["*"] * 64)
_ADVICE = "save the minutes' text as .txt, or the page again from a browser"


def check_markup(html: str, source: str) -> None:
    """Refuse a page with too many tags or too many left open at once, before it is parsed.

    Args:
        html: The decoded page.
        source: The file name, for the error message.

    Raises:
        UnreadableFileError: More than :data:`~loaders.read.limits.MAX_HTML_TAGS` tags, or more
            than :data:`~loaders.read.limits.MAX_HTML_OPEN_TAGS` elements open at once.

    >>> check_markup("<div>" * 2000, "deep.html")
    Traceback (most recent call last):
    ...
    loaders.errors.UnreadableFileError: deep.html: elements nested more than 1,024 deep is over the limit for one page; save the minutes' text as .txt, or the page again from a browser
    """
    if html.count("<") <= MAX_HTML_OPEN_TAGS:
        return  # too few tags to nest too deep or to be too many
    stack: list[str] = []
    opened: Counter[str] = Counter()
    for tags, match in enumerate(_tags(html), 1):
        if tags > MAX_HTML_TAGS:
            _refuse(source, f"more than {MAX_HTML_TAGS:,} tags is over the limit for one page")
        closing, name, slash = match.group(1), match.group(2).lower(), match.group(3)
        if closing:
            _close(stack, opened, name)
        elif not (name in _VOID or name in _SELF_CLOSING or (slash and _in_foreign(opened))):
            stack.append(name)
            opened[name] += 1
            if len(stack) > MAX_HTML_OPEN_TAGS:
                reason = f"elements nested more than {MAX_HTML_OPEN_TAGS:,} deep"
                _refuse(source, f"{reason} is over the limit for one page")


def check_parsed(tree: LexborHTMLParser, body_text: str, source: str) -> None:
    """Refuse a parsed page nested deeper than :data:`~loaders.read.limits.MAX_HTML_DEPTH`.

    Args:
        tree: The parsed page.
        body_text: The text of its body, boilerplate included.
        source: The file name, for the error message.

    Raises:
        UnreadableFileError: The page nests elements too deep or holds too much text.
    """
    # A chain of child selectors matches only an element that deep: lexbor checks it in C.
    if tree.css_first(_DEEP) is not None and tree.css_first(_TOO_DEEP) is not None:
        _refuse(source, f"elements nested more than {MAX_HTML_DEPTH} deep is over the limit")
    if len(body_text) > MAX_HTML_BODY_CHARS:
        reason = (
            f"{len(body_text):,} characters of text is over the limit of {MAX_HTML_BODY_CHARS:,} "
            "for one page; split it into one file per meeting"
        )
        raise UnreadableFileError(source, reason)


def _tags(html: str) -> Iterator[re.Match[str]]:
    # Tags in the order the parser meets them; the text of <script>, <style>… holds no tags.
    position = 0
    while match := _MARKUP.search(html, position):
        position = match.end()
        if match.group(2) is None:
            continue
        yield match
        name = match.group(2).lower()
        if not match.group(1) and name in _RAW_TEXT:
            end = re.compile(f"</{name}", re.I).search(html, position)
            position = end.start() if end else len(html)


def _close(stack: list[str], opened: Counter[str], name: str) -> None:
    # As the parser does, roughly: an end tag closes its element and those opened inside it,
    # unless one of them is an element it may not close; then it is ignored and the estimate
    # errs on the deep side, which is the safe side.
    if opened[name] <= 0:
        return
    barriers = _SCOPE if name in _SPECIAL else _SPECIAL
    for index in range(len(stack) - 1, max(-1, len(stack) - 1 - _WALK), -1):
        if stack[index] == name:
            opened.subtract(stack[index:])
            del stack[index:]
            return
        if stack[index] in barriers:
            return


def _in_foreign(opened: Counter[str]) -> bool:
    # Inside <svg> and <math>, "/>" closes an element; in HTML it is ignored.
    return any(opened[name] > 0 for name in _FOREIGN)


def _refuse(source: str, reason: str) -> None:
    raise UnreadableFileError(source, f"{reason}; {_ADVICE}")
