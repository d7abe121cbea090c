"""The site a portal page belongs to, a hint of whose meeting it reports: its site name, or the
government its furniture names (a <title> or banner that is the name alone, the 主办 line, the
发布机构 or 来源 field, the breadcrumb's first step)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

TITLE_SEPARATOR = re.compile(r"\s*(?:[_|｜]|--|——|\s[-–—]\s)\s*")
_SITE_WORD = re.compile(r"政府|人民|网|门户|官方")
_SPONSOR = re.compile(r"主办(?:单位)?\s*[：:]\s*([^\s，,|｜]{2,40}?)(?=\s|承办|地址|联系|电话|$)")
_NAME_ALONE = re.compile(r"\s*([一-龥]{2,20}人民政府)\s*")
_GOVERNMENT = r"[一-龥]{2,16}?(?:人民政府|政府)(?:办公室|办)?(?![一-龥])"
# Fields of the page that name its government (not a 友情链接 list, which names others).
_FIELDS = (
    re.compile(rf"(?:发布机构|信息来源|来源)\s*[：:]\s*({_GOVERNMENT})"),
    re.compile(r"首页\s*(?:>|»|＞)+\s*([一-龥]{2,16}?人民政府)(?![一-龥])"),
    re.compile(r"([一-龥]{2,16}?(?:人民政府|政府)(?:办公室|办)?)主办"),
)
_BANNERS = "[class*=banner], [id*=banner], [class*=logo], [id*=logo], [class*=header], [id*=header]"


def site_name(tree: LexborHTMLParser, whole_text: str, meta: str | None) -> str | None:
    """The page's site name or the government its furniture names, ``None`` when none does.

    Args:
        tree: the parsed page, before its boilerplate is dropped.
        whole_text: the text of its body, furniture included.
        meta: the site name its ``<meta>`` tags give, if any.
    """
    return (
        meta
        or _name_alone(title(tree))
        or _banner(tree)
        or _title_site(tree)
        or _sponsor(whole_text)
        or next((m.group(1) for field in _FIELDS if (m := field.search(whole_text))), None)
    )


def title(tree: LexborHTMLParser) -> str | None:
    """The text of the page's ``<title>``, ``None`` when empty."""
    node = tree.css_first("title")
    return node.text(strip=True) if node is not None and node.text(strip=True) else None


def _name_alone(text: str | None) -> str | None:
    """A government's name standing alone (泰州市海陵区人民政府), else ``None``.

    >>> _name_alone("泰州市海陵区人民政府"), _name_alone("区政府召开常务会议")
    ('泰州市海陵区人民政府', None)
    """
    match = _NAME_ALONE.fullmatch(text) if text else None
    return match.group(1) if match else None


def _banner(tree: LexborHTMLParser) -> str | None:
    """A banner or logo whose text is a government's name alone."""
    for node in tree.css(_BANNERS):
        if found := _name_alone(node.text()):
            return found
    return None


def _title_site(tree: LexborHTMLParser) -> str | None:
    parts = TITLE_SEPARATOR.split(title(tree) or "")
    if len(parts) < 2:
        return None
    sites = [part for part in parts[1:] if _SITE_WORD.search(part)]
    return (sites or parts[1:])[-1] or None


def _sponsor(text: str) -> str | None:
    match = _SPONSOR.search(text)
    return match.group(1) if match else None
