"""Encoding detection for Chinese text: UTF-8 (with or without BOM), GB18030/GBK, Big5.

The order of preference: a byte-order mark, then strict UTF-8, then a charset declared by an
HTML page, then charset-normalizer among the Chinese encodings, checked against the other one
(GB18030 and Big5 decode each other's bytes into garbage without an error), then
charset-normalizer among every encoding it knows.
"""

from __future__ import annotations

import codecs
import re
from functools import cache

from charset_normalizer import from_bytes

from loaders.errors import UnreadableFileError

SAMPLE_SIZE = 256 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BOM_STARTS = tuple(bom for bom, _ in _BOMS)
# Labels pages declare, mapped to the codec that decodes everything they hold in practice.
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "x-gbk": "gb18030",
    "big5": "cp950",
    "big5-hkscs": "big5hkscs",
    "cp950": "cp950",
    "utf-8": "utf-8",
    "utf8": "utf-8",
}
_CHINESE = ("gb18030", "cp950")
_BELOW_HAN = re.compile("[^\u3400-\U0010ffff]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def detect_encoding(sample: bytes, source: str, *, declared: str | None = None) -> str:
    """Return the Python codec that decodes a text file, judged from a sample of its bytes.

    Args:
        sample: The first bytes of the file (the whole file when it is small).
        source: The file name, for error messages.
        declared: A charset the file declares about itself (an HTML ``<meta charset>``).

    Returns:
        A codec name: ``utf-8``, ``utf-8-sig``, ``utf-16``, ``gb18030``, ``cp950`` (Big5) …

    Raises:
        UnreadableFileError: No encoding turns the bytes into text.

    >>> detect_encoding("会议听取区应急局的汇报。".encode("gbk"), "a.txt")
    'gb18030'
    >>> detect_encoding("會議聽取區應急局的彙報。".encode("big5"), "a.txt")
    'cp950'
    """
    for bom, codec in _BOMS:
        if sample.startswith(bom):
            return codec
    if b"\x00" in sample:
        raise UnreadableFileError(source, "binary data, not text (it holds NUL bytes)")
    if decodes(sample, "utf-8") or _mostly_utf8(sample):
        return "utf-8"
    alias = _ALIASES.get((declared or "").lower())
    if alias and decodes(sample, alias):
        return alias
    return _guess_chinese(sample) or _guess_any(sample, source)


def decode_sample(sample: bytes, source: str, *, declared: str | None = None) -> tuple[str, str]:
    """Return the codec :func:`detect_encoding` finds and the sample decoded with it.

    Undecodable bytes become U+FFFD. Most files are UTF-8 without a byte-order mark: their
    sample is decoded once, instead of once to tell the codec and once more to read the text.

    >>> decode_sample("会议听取汇报。".encode("utf-8"), "a.txt")
    ('utf-8', '会议听取汇报。')
    >>> decode_sample("会议听取汇报。".encode("gbk"), "a.txt")
    ('gb18030', '会议听取汇报。')
    """
    if not sample.startswith(_BOM_STARTS) and b"\x00" not in sample:
        try:
            return "utf-8", sample.decode("utf-8")
        except UnicodeDecodeError:
            pass  # cut in the middle of a character, a stray byte, or another codec
    codec = detect_encoding(sample, source, declared=declared)
    return codec, sample.decode(codec, errors="replace")


def decodes(sample: bytes, codec: str) -> bool:
    """Tell whether ``codec`` decodes ``sample`` without error (a cut last character is fine).

    Args:
        sample: Bytes, possibly cut in the middle of a character at the end.
        codec: A Python codec name.

    Returns:
        True when the bytes are valid in that encoding.

    >>> decodes("汇报".encode("utf-8")[:-1], "utf-8"), decodes(b"\\xff\\xfe", "utf-8")
    (True, False)
    """
    try:
        codecs.getincrementaldecoder(codec)().decode(sample, final=False)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def looks_binary(text: str) -> bool:
    """Tell whether decoded text is mostly control characters, as decoded binary data is.

    Args:
        text: A decoded sample.

    Returns:
        True when more than 1 % of the characters are control characters.

    >>> looks_binary("会议纪要\\n"), looks_binary("\\x01\\x02\\x03abc")
    (False, True)
    """
    return len(_CONTROL.findall(text)) > len(text) / 100


def _mostly_utf8(sample: bytes) -> bool:
    # A UTF-8 file with a stray bad byte is still UTF-8: GBK or Big5 bytes read as UTF-8 give
    # an error on nearly every character instead.
    text = codecs.getincrementaldecoder("utf-8")(errors="replace").decode(sample)
    errors = text.count("\ufffd")
    wide = len(text) - len(text.encode("ascii", "ignore"))
    return wide >= 20 and errors <= wide / 100


def _guess_chinese(sample: bytes) -> str | None:
    fits = [codec for codec in _CHINESE if decodes(sample, codec)]
    if len(fits) < 2:
        return fits[0] if fits else None
    # Garbage from the wrong codec is full of rare characters, so a share of common characters
    # higher by more than 0.1 decides; charset-normalizer's statistics, which short texts fool
    # and which cost more than both shares, only break a near tie.
    gb, big5 = _common_share(sample, "gb18030"), _common_share(sample, "cp950")
    if gb > big5 + 0.1 or big5 > gb + 0.1:
        return "gb18030" if gb > big5 else "cp950"
    best = from_bytes(sample, cp_isolation=["gb18030", "big5"]).best()
    return "cp950" if best is not None and best.encoding == "big5" else "gb18030"


def _guess_any(sample: bytes, source: str) -> str:
    best = from_bytes(sample).best()
    if best is None:
        raise UnreadableFileError(
            source, "not text in any known encoding (UTF-8, GB18030/GBK, Big5 …)"
        )
    return best.encoding


def _common_share(sample: bytes, codec: str) -> float:
    text = codecs.getincrementaldecoder(codec)(errors="replace").decode(sample[:65536])
    han = _BELOW_HAN.sub("", text)  # the characters from U+3400 on, without a loop in Python
    if not han:
        return 0.0
    return sum(map(_common_characters(codec).__contains__, han)) / len(han)


@cache
def _common_characters(codec: str) -> frozenset[str]:
    # The first level of each standard holds the frequently used characters: GB2312 rows
    # 16-55 (3755 characters), Big5 0xA440-0xC67E (5401 characters), plus their punctuation.
    if codec == "gb18030":
        pairs = [
            bytes([a, b])
            for a in (*range(0xA1, 0xA4), *range(0xB0, 0xD8))
            for b in range(0xA1, 0xFF)
        ]
    else:
        pairs = [
            bytes([a, b])
            for a in range(0xA1, 0xC7)
            for b in (*range(0x40, 0x7F), *range(0xA1, 0xFF))
        ]
    return frozenset(p.decode(codec, errors="ignore") for p in pairs) - {""}
