"""Main text, publication date and site name of a government portal page.

Portal pages wrap the minutes in navigation, breadcrumbs, an 索引号/发文机构 metadata table,
上一篇/下一篇 links and a 主办单位/网站标识码/ICP footer. Boilerplate elements are dropped by tag
and by class or id, metadata blocks by their labels, and the main text is the deepest element
that still holds most of the page's non-link Chinese text (a content-density rule that works
for one-paragraph news releases and for bodies in nested ``<div>``s with ``<br>`` alike).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from loaders.errors import UnreadableFileError
from loaders.read.markup import check_markup, check_parsed
from loaders.read.site import TITLE_SEPARATOR, site_name, title

_JUNK_TAGS = (
    "script, style, noscript, template, iframe, svg, canvas, nav, footer, aside, form, select,"
    " button, input, textarea, object, embed, head"
)
_JUNK_NAME = re.compile(
    r"(?:^|[\s_-])(?:nav\w*|menu\w*|\w*crumbs?|footer|foot|bottom|banner|sidebar|side|share|"
    r"bdshare\w*|fenxiang|print|login|search|pager?|prev|next|related|xgwz|copyright|toolbar|"
    r"tools?|links?|friend\w*|qrcode|ewm|location|position|weizhi|dqwz|top)(?:$|[\s_-])",
    re.I,
)
_BLOCKS = (
    "p, div, br, li, ul, ol, dl, dt, dd, tr, table, h1, h2, h3, h4, h5, h6, section, article,"
    " main, blockquote, pre, center, hr"
)
_META_BLOCKS = frozenset(("table", "ul", "dl", "div"))
_META_MAX = 600  # characters: a metadata table is short
_MAIN_SHARE = 0.6  # of the page's Chinese text outside links: the main node holds at least this
_META_LABELS = ("索引号", "发文机构", "发布机构", "主题分类", "成文日期", "发文字号", "公开方式")
_BOILER_LINE = re.compile(
    r"上一篇|下一篇|【\s*(?:打印|关闭|收藏)|字号\s*[：:]|分享到|扫一扫|当前位置|您的位置|"
    r"主办单位|承办单位|网站标识码|ICP\s*备|公网安备|版权所有|Copyright|©"
)
_PARA, _LINE = "\ue000", "\ue001"
_WHITESPACE = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u9fff]")
# Counted by runs: a match per character made counting a page's characters three times slower.
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
# The metadata table's 发文字号 (长府会议纪要〔2023〕39号): the page's own number, read before the
# table is dropped with the page's furniture; a number only when it has its bracketed year.
_DOC_NUMBER_FIELD = re.compile(
    r"发文字号\s*[：:]\s*(?P<n>[一-龥]{0,16}\s*[〔［\[（(【]\s*\d{4}\s*[〕］\]）)】]\s*第?\s*\d{1,4}\s*号)"
)
_DATE = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
_DATE_FIELDS = (
    re.compile(r"(?:发布日期|发布时间|发布于|发表时间)\s*[：:]?\s*" + _DATE),
    re.compile(r"(?<!成文)(?:日期|时间)\s*[：:]\s*" + _DATE),
    re.compile(r"(?:公开日期|生成日期|更新日期|发文日期)\s*[：:]?\s*" + _DATE),
    re.compile(_DATE + r"日?\s*(?:\d{1,2}[:：]\d{2}|星期|周[一二三四五六日])"),
    # An e-paper's issue line: 2021-01-08 第2版, 新民晚报 2020年12月08日 上一篇 下一篇, 2022年08月10日
    # 往期回顾 版面导航.
    re.compile(
        _DATE
        + r"日?\s*(?:第\s*[0-9一二三四五六七八九十]{1,3}\s*版|[A-Z]?\d{1,2}\s*版\b|上一[篇版]|下一[篇版]"
        r"|往期|版面导航)"
    ),
)
# Elements that pages use for their own date (<div class="time">, <span id="pubdate">).
_DATE_ELEMENTS = "[class*=date], [class*=time], [id*=date], [id*=time]"
_PUBDATE_META = (
    "pubdate", "publishdate", "publish_date", "firstpublishedtime", "article:published_time",
    "og:release_date", "dc.date.issued", "dc.date", "releasedate",
)  # fmt: skip
_TITLE_META = ("articletitle", "og:title")
_SITE_META = ("og:site_name", "sitename", "site_name", "site")
_SITE_NAME = re.compile(r"(?:政府|网站|网|门户|首页)$")


@dataclass(frozen=True)
class Page:
    """What a portal page yields: its main text and, when it says so, its date and site."""

    text: str
    published: str | None = None
    portal: str | None = None
    doc_number: str | None = None


def read_html(html: str, source: str = "page") -> Page:
    """Return the main text, publication date and site name of an HTML page.

    Args:
        html: The decoded page.
        source: The file name, for messages.

    Returns:
        The page's main text (paragraphs separated by blank lines, headline first), its own
        publication date as an ISO date and its site name, each ``None`` when not found.

    Raises:
        UnreadableFileError: The page is over a limit of :mod:`loaders.read.limits` (tags,
            nesting depth, text).

    >>> page = read_html(
    ...     "<title>区政府召开常务会议_上海市长宁区人民政府</title><nav>首页</nav>"
    ...     "<div id='zoom'><p>会议听取区应急局的汇报。</p></div><p>上一篇：无</p>"
    ... )
    >>> page.text, page.portal
    ('区政府召开常务会议\\n\\n会议听取区应急局的汇报。', '上海市长宁区人民政府')
    """
    check_markup(html, source)
    tree = LexborHTMLParser(html)
    whole_text = tree.body.text(separator=" ") if tree.body else ""
    check_parsed(tree, whole_text, source)
    published = _meta_date(tree) or _field_date(whole_text) or _element_date(tree)
    portal = site_name(tree, whole_text, _meta(tree, _SITE_META))
    numbered = _DOC_NUMBER_FIELD.search(whole_text) if "发文字号" in whole_text else None
    headline = _headline(tree)
    body = tree.body or tree.root
    if body is None:  # lexbor builds an <html> root even for empty input, so this never happens
        raise UnreadableFileError(source, "no HTML document in it")
    _drop_boilerplate(body)
    text = _block_text(_main_node(body))
    if headline and headline not in text[: len(headline) + 200]:
        text = f"{headline}\n\n{text}"
    number = _WHITESPACE.sub("", numbered["n"]) if numbered else None
    return Page(text=text, published=published, portal=portal, doc_number=number)


def _drop_boilerplate(body: LexborNode) -> None:
    _decompose(body.css(_JUNK_TAGS))
    _decompose([node for node in body.css("[class], [id]") if _junk_name(node)])
    _decompose(_metadata_blocks(body))


def _metadata_blocks(body: LexborNode) -> list[LexborNode]:
    # Only the innermost block holding the labels is the metadata table; its ancestors hold the
    # body too. One pass from the leaves up (reversed document order) sums each element's text
    # length, so an element's whole text is built only when it is short: reading the text of
    # every <div> cost time in proportion to the depth of the page.
    # A block's text is a stretch of the body's: when the body holds fewer than two labels, none
    # of its blocks does, and the walk over every element is not needed.
    if not _two_labels(body.text(separator="")):
        return []
    length: dict[int, int] = defaultdict(int)
    holding: set[int] = set()
    found = []
    for node in reversed(body.css("*")):
        key = node.mem_id
        length[key] += len(node.text(deep=False))
        if key not in holding and _is_metadata_block(node, length[key]):
            found.append(node)
            holding.add(key)
        if (parent := node.parent) is not None:
            length[parent.mem_id] += length[key]
            if key in holding:
                holding.add(parent.mem_id)
    return found


def _junk_name(node: LexborNode) -> bool:
    name = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    return node.tag != "body" and _JUNK_NAME.search(name) is not None


def _is_metadata_block(node: LexborNode, length: int) -> bool:
    return node.tag in _META_BLOCKS and length < _META_MAX and _is_metadata(node.text())


def _is_metadata(text: str) -> bool:
    return len(text) < _META_MAX and _two_labels(text)


def _two_labels(text: str) -> bool:
    return sum(label in text for label in _META_LABELS) >= 2


def _decompose(nodes: list[LexborNode]) -> None:
    # Decomposing a node frees its descendants, so only the outermost ones may be decomposed.
    chosen = {node.mem_id for node in nodes}
    inside: dict[int, bool] = {}
    outermost = [node for node in nodes if not _inside_chosen(node, chosen, inside)]
    for node in outermost:
        node.decompose()


def _inside_chosen(node: LexborNode, chosen: set[int], known: dict[int, bool]) -> bool:
    # Whether an ancestor is chosen; ``known`` remembers the answer for every ancestor walked
    # (each is chosen or inside a chosen one, or neither), so all nodes together cost one walk
    # of the tree instead of one walk up per node.
    walked, parent, found = [], node.parent, False
    while parent is not None:
        key = parent.mem_id
        if key in known or key in chosen:
            found = known.get(key, True)
            break
        walked.append(key)
        parent = parent.parent
    known.update(dict.fromkeys(walked, found))
    return found


def _main_node(body: LexborNode) -> LexborNode:
    content = _content_chars(body)
    total = content[body.mem_id]
    best = body
    # Nodes holding most of the text (_MAIN_SHARE) all lie on one chain from <body>; the last seen
    # is deepest.
    for node in body.css("div, td, article, section, main, center"):
        if total and content[node.mem_id] >= _MAIN_SHARE * total:
            best = node
    return best


def _content_chars(body: LexborNode) -> dict[int, int]:
    """Chinese characters outside links under each element, by ``mem_id``, in one pass."""
    han: dict[int, int] = defaultdict(int)
    links: dict[int, int] = defaultdict(int)
    for node in [*reversed(body.css("*")), body]:
        key = node.mem_id
        han[key] += sum(map(len, _HAN_RUN.findall(node.text(deep=False))))
        if node.tag == "a":
            links[key] = han[key]
        if node is not body and (parent := node.parent) is not None:
            han[parent.mem_id] += han[key]
            links[parent.mem_id] += links[key]
    return {key: count - links[key] for key, count in han.items()}


def _block_text(node: LexborNode) -> str:
    for block in node.css(_BLOCKS):
        if block.tag == "br":
            block.insert_before(_LINE)
        else:
            block.insert_before(_PARA)
            block.insert_after(_PARA)
    text = _WHITESPACE.sub(" ", node.text(separator=""))
    text = text.replace(_LINE, "\n").replace(_PARA, "\n\n")
    lines = [line for line in text.split("\n") if not _BOILER_LINE.search(line)]
    return "\n".join(lines).strip()


def _headline(tree: LexborHTMLParser) -> str | None:
    if headline := _meta(tree, _TITLE_META):
        return headline
    parts = TITLE_SEPARATOR.split(title(tree) or "")
    # A <title> without a separator is often the site's name alone, not the article's.
    if len(parts) == 1 and _SITE_NAME.search(parts[0]):
        return None
    return parts[0] if _HAN.search(parts[0]) else None


def _meta(tree: LexborHTMLParser, names: tuple[str, ...]) -> str | None:
    for node in tree.css("meta[content]"):
        key = (node.attributes.get("name") or node.attributes.get("property") or "").lower()
        if key in names and (content := (node.attributes.get("content") or "").strip()):
            return content
    return None


def _meta_date(tree: LexborHTMLParser) -> str | None:
    content = _meta(tree, _PUBDATE_META)
    match = re.search(_DATE, content) if content else None
    return _iso(match) if match else None


def _element_date(tree: LexborHTMLParser) -> str | None:
    """A date standing alone in an element named for it (an e-paper's issue date)."""
    for node in tree.css(_DATE_ELEMENTS):
        if match := re.fullmatch(r"\s*" + _DATE + r"日?\s*", node.text() or ""):
            return _iso(match)
    return None


def _field_date(text: str) -> str | None:
    for pattern in _DATE_FIELDS:
        if match := pattern.search(text):
            return _iso(match)
    return None


def _iso(match: re.Match[str]) -> str | None:
    try:
        return dt.date(*(int(match.group(i)) for i in (1, 2, 3))).isoformat()
    except ValueError:
        return None
