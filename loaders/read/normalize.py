"""Text normalisation: one clean, uniform text for every reader, and its simplified twin.

:func:`normalize` repairs what exports and web pages do to minutes (line wraps and page breaks
that cut sentences, page furniture, stray spaces, full-width letters, half-width punctuation,
pinyin inserted by mirror sites) without touching anything else, so that the gold files and the
extracted spans agree. :func:`to_simplified` gives a character-for-character simplified twin.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from loaders.read.wraps import join_wrapped_lines

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Punctuation that only occurs in Chinese text: a space next to it is never meaningful.
CJK_PUNCT = "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"

_BREAKS = "\r\f\v\x1c\x1d\x1e\x85\u2028\u2029"
_NEWLINES = re.compile(f"\r\n?|[{_BREAKS[1:]}]")
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Each pattern starts with the space or punctuation itself, the look-behind after it: a leading
# look-behind would be tried at every position of the text, ten times slower.
_SPACE_BY_CJK = re.compile(f" (?:(?<=[{HAN}{CJK_PUNCT}] ) *| *(?=[{HAN}{CJK_PUNCT}]))")
# One pattern per mark, each replaced by a fixed string: no Python call per mark replaced.
# A closing title or quote mark before it (《A》,《B》) and an opening one after it count as the
# Chinese text they close or open.
_PUNCT_BY_HAN = tuple(
    (half, re.compile(f"{half}(?:(?<=[{HAN}》」』”]{half})|(?=[{HAN}《「『“]))"), full)
    for half, full in ((",", "，"), (";", "；"), (":", "："))
)
_PARENS_BY_HAN = re.compile(f"\\((?:(?<=[{HAN}]\\()([^()\\n]*)\\)|([^()\\n]*)\\)(?=[{HAN}]))")
# One letter or digit, then any more: the runs of ``[…]+``, but the regex engine finds the first
# with its fast scan for a leading character class, about three times faster over Chinese text.
_FULLWIDTH_RUN = re.compile(
    "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a][\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]*"
)
_FULLWIDTH_ALNUM = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
}
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜ"
_UNTONED = "aaaaeeeeiiiioooouuuuvvvvvAAAAEEEEIIIIOOOOUUUUVVVVV"
_DETONE = str.maketrans(_TONED, _UNTONED)
_PINYIN_AFTER_HAN = re.compile(f"[(（](?<=[{HAN}][(（])([A-Za-z{_TONED}' ]{{1,24}})[)）]")
_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|ia|ie"
    r"|iu|in|ua|uo|ui|un|ve|ue|vn|a|o|e|i|u|v)[1-5]?"
)


# An indent of full-width spaces that a wrong encoding turned into question marks (??会议要求…).
_LOST_INDENT = re.compile(f"(?m)^[ \t]*[?？]{{1,8}}(?=[ \t]*(?:[{HAN}“《【（\\d]|$))")


def normalize(text: str, *, from_pdf: bool = False) -> str:
    """Return ``text`` cleaned for extraction: wraps repaired, furniture dropped, spacing uniform.

    Paragraphs come out separated by exactly one blank line; a line break that cuts a sentence
    (or a name) is removed, page furniture (``— 2 —``, ``第 2 页 共 5 页``) is dropped, spaces
    next to Chinese characters are removed, full-width letters and digits become half-width,
    half-width ``, ; : ( )`` next to Chinese characters become full-width, and pinyin inserted
    after characters by mirror sites is removed. Everything else is kept as written.

    Args:
        text: The decoded text of a document.
        from_pdf: The text comes from a PDF text layer, whose every visual line ends in a break
            and whose lone numbers are page numbers.

    Returns:
        The normalised text, without leading or trailing blank lines.

    >>> normalize("会议听取区投促办关于 2024 年一季度的汇报。会议指出，全\\n\\n区上下要……")
    '会议听取区投促办关于2024年一季度的汇报。会议指出，全区上下要……'
    >>> normalize("一、审议《方案》\\r\\n\\r\\n\\r\\n二、略")
    '一、审议《方案》\\n\\n二、略'
    >>> normalize("??会议要求，各部门要抓好落实。")
    '会议要求，各部门要抓好落实。'
    """
    # Most texts hold none of these characters: looking for each is faster than one pattern,
    # and a text with breaks most often has \r\n alone, which replace() handles faster.
    if _holds_any(text, _BREAKS):
        text = text.replace("\r\n", "\n")
        if _holds_any(text, _BREAKS):
            text = _NEWLINES.sub("\n", text)
    if _holds_any(text, _INVISIBLE_CHARS):
        text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    if "?" in text or "？" in text:
        text = _LOST_INDENT.sub("", text)
    # translate() over a whole Chinese text is slow; full-width letters are rare, so find them.
    text = _FULLWIDTH_RUN.sub(lambda m: m.group().translate(_FULLWIDTH_ALNUM), text)
    text = remove_inserted_pinyin(text)
    text = join_wrapped_lines(text, from_pdf=from_pdf)
    text = uniform_punctuation(_SPACE_BY_CJK.sub("", text))
    # Punctuation made full-width just now may have a space beside it.
    return _SPACE_BY_CJK.sub("", text)


def _holds_any(text: str, chars: str) -> bool:
    return any(char in text for char in chars)


def uniform_punctuation(text: str) -> str:
    """Return ``text`` with half-width ``, ; : ( )`` next to Chinese characters made full-width.

    Args:
        text: Text whose Latin-only passages (``1,000``, ``12:30``) must stay as they are.

    Returns:
        The text with Chinese punctuation uniform.

    >>> uniform_punctuation("时间:2024年,政府和社会资本合作(PPP)项目; 12:30, 1,000")
    '时间：2024年，政府和社会资本合作（PPP）项目； 12:30, 1,000'
    """
    # Whether a mark stands next to a Chinese character does not change when another mark
    # becomes full-width, so the marks are replaced one after the other.
    for half, pattern, full in _PUNCT_BY_HAN:
        if half in text:
            text = pattern.sub(full, text)
    return _PARENS_BY_HAN.sub(r"（\1\2）", text) if "(" in text else text


def remove_inserted_pinyin(text: str) -> str:
    """Return ``text`` without the pinyin that some mirror sites put after each character.

    A parenthesised run of Latin letters right after a Chinese character is pinyin when it has
    tone marks (``qū``) or is lower-case pinyin syllables (``qu``, ``qu1``); ``(PPP)`` stays.

    Args:
        text: Text, usually traditional, from a mirror site.

    Returns:
        The text with the inserted pinyin removed.

    >>> remove_inserted_pinyin("區(qū)應(yīng)急管理局推進政府和社會資本合作(PPP)、(EOD)項目")
    '區應急管理局推進政府和社會資本合作(PPP)、(EOD)項目'
    """
    return _PINYIN_AFTER_HAN.sub(_drop_if_pinyin, text)


def _drop_if_pinyin(match: re.Match[str]) -> str:
    inside = match.group(1)
    plain = inside.translate(_DETONE)
    if plain != inside:
        return ""
    words = plain.replace("'", " ").split()
    if words and all(w.islower() and _SYLLABLE.fullmatch(w) for w in words):
        return ""
    return match.group()


def to_simplified(text: str) -> str:
    """Return the simplified-character twin of ``text``, exactly as long as ``text``.

    Uses OpenCC's traditional → simplified tables (phrases first, then characters), keeping only
    conversions that do not change the length, so an offset found in the twin is valid in
    ``text`` as written.

    Args:
        text: Text in traditional, simplified or mixed characters.

    Returns:
        The simplified text, ``len(result) == len(text)``.

    >>> to_simplified("區應急管理局關於開展電動自行車安全治理攻堅行動")
    '区应急管理局关于开展电动自行车安全治理攻坚行动'
    """
    tables = _t2s_tables()
    if not tables.needed(text):
        return text  # most minutes are simplified already, and translate() is the slow part
    # Characters convert one by one, so the whole text is converted at once; a phrase's
    # conversion is final and replaces what its characters became one by one.
    converted, parts, done = tables.translate(text), [], 0
    for match in tables.phrase_pattern.finditer(text):
        parts += [converted[done : match.start()], tables.phrases[match.group()]]
        done = match.end()
    parts.append(converted[done:])
    return "".join(parts)


@dataclass(frozen=True)
class _T2S:
    chars: dict[int, str]
    phrases: dict[str, str]
    phrase_pattern: re.Pattern[str]
    bmp_keys: re.Pattern[str]
    astral_keys: re.Pattern[str]
    bmp_runs: re.Pattern[str]

    def translate(self, text: str) -> str:
        """``text.translate(self.chars)``, which looks up every character of the text: the
        characters to convert are found by a pattern instead, most text having few of them."""
        if _ASTRAL.search(text):
            return text.translate(self.chars)
        # Runs at odd places, the rest between them: all runs converted by one translate()
        # instead of a call per run (NUL is no key, so it parts them again).
        parts = self.bmp_runs.split(text)
        if len(parts) > 1:
            parts[1::2] = "\0".join(parts[1::2]).translate(self.chars).split("\0")
        return "".join(parts)

    def needed(self, text: str) -> bool:
        # A class holding characters beyond the BMP makes the regex engine slow, so those are
        # looked for only in the rare text that has such characters at all.
        if self.bmp_keys.search(text):
            return True
        return _ASTRAL.search(text) is not None and self.astral_keys.search(text) is not None


@cache
def _t2s_tables() -> _T2S:
    import opencc  # the package ships OpenCC's dictionaries as text files

    folder = Path(opencc.__file__).parent / "dictionary"
    chars = _read_opencc_dict(folder / "TSCharacters.txt")
    table = {ord(k): v for k, v in chars.items() if len(k) == 1 and len(v) == 1 and k != v}
    phrases = {
        k: v
        for k, v in _read_opencc_dict(folder / "TSPhrases.txt").items()
        if len(k) == len(v) and v != k.translate(table)
    }
    changed = {a for k, v in phrases.items() for a, b in zip(k, v, strict=True) if a != b}
    keys = {*map(chr, table), *changed}
    return _T2S(
        chars=table,
        phrases=phrases,
        phrase_pattern=re.compile(phrase_alternatives(phrases) or "(?!)"),
        bmp_keys=_char_class([k for k in keys if k <= "\uffff"]),
        astral_keys=_char_class([k for k in keys if k > "\uffff"]),
        bmp_runs=_char_class([chr(k) for k in table if k <= 0xFFFF], "+", group=True),
    )


def phrase_alternatives(phrases: Iterable[str]) -> str:
    """A pattern matching the longest of ``phrases`` that starts at a position, as a tree.

    One branch per first character, then per next character: ``re`` tries the branches of an
    alternation one by one, and a flat list of every phrase was tried whole at each position.
    At each branching at most one next character fits, so trying the longer phrases first and
    the phrase ending there last finds the longest, as the flat list sorted longest first does.

    >>> phrase_alternatives(["乾隆", "乾坤", "乾", "著作"])
    '(?:乾(?:坤|隆|)|著作)'
    """
    tree: dict[str, Any] = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _branches(tree) if tree else ""


def _branches(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    branches += [""] if "" in node else []
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _char_class(chars: list[str], repeat: str = "", *, group: bool = False) -> re.Pattern[str]:
    pattern = f"[{re.escape(''.join(sorted(chars)))}]{repeat}" if chars else "(?!)"
    return re.compile(f"({pattern})" if group else pattern)


def _read_opencc_dict(path: Path) -> dict[str, str]:
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if key and values:
            entries[key] = values.split()[0]
    return entries
