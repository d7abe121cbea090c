"""Numerals of ordinals, years and dates: Arabic, or Chinese in their usual and rarer forms.

二〇二四 (its zero sometimes a letter O), 四十七, 一百零三 are read without cn2an, whose import costs
a tenth of a second; the rarer forms go to cn2an.
"""

from __future__ import annotations

import re

_ZEROS = str.maketrans("OＯ○", "〇〇〇")

_SMALL = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)}
_DIGIT = {c: n for n, c in enumerate("〇一二三四五六七八九")}
# The numerals of ordinals and years in their usual forms, read without cn2an (whose import costs
# a tenth of a second): 二〇二四 digit by digit, 十二 and 四十七, 一百零三 and 一百二十. Their values
# are cn2an's: every form of up to four characters was compared (see the tests).
_DIGITS = re.compile(r"[〇一二三四五六七八九]{3,}")
_TENS = re.compile(r"(?P<t>[一二三四五六七八九]?)十(?P<u>[一二三四五六七八九]?)")
_HUNDREDS = re.compile(
    r"(?P<h>[一二三四五六七八九])百"
    r"(?:(?P<t>[一二三四五六七八九])十(?P<u>[一二三四五六七八九]?)|零(?P<z>[一二三四五六七八九]))?"
)

CN_DIGITS = "〇零一二两三四五六七八九十百廿"

NUM = rf"(?:\d+|[{CN_DIGITS}]+)"


def to_int(numeral: str) -> int | None:
    """Read an Arabic or Chinese numeral.

    >>> to_int("73"), to_int("四十七"), to_int("二〇二四"), to_int("二O一O"), to_int("x")
    (73, 47, 2024, 2010, None)
    """
    if numeral.isdigit():
        return int(numeral)
    numeral = numeral.translate(_ZEROS)
    if numeral in _SMALL:
        return _SMALL[numeral]
    if (usual := _usual_numeral(numeral)) is not None:
        return usual
    import cn2an  # imported lazily: it costs a tenth of a second at start-up

    mode = "direct" if "十" not in numeral and "百" not in numeral and len(numeral) > 2 else "smart"
    try:
        return int(cn2an.cn2an(numeral, mode))
    except (ValueError, KeyError, TypeError):
        return None


def _usual_numeral(numeral: str) -> int | None:
    """The value of a numeral in one of its usual forms, else ``None``.

    >>> _usual_numeral("二〇二四"), _usual_numeral("四十七"), _usual_numeral("一百零三"), _usual_numeral("廿")
    (2024, 47, 103, None)
    """
    if _DIGITS.fullmatch(numeral):
        return int("".join(str(_DIGIT[c]) for c in numeral))
    if tens := _TENS.fullmatch(numeral):
        return _DIGIT.get(tens["t"], 1) * 10 + _DIGIT.get(tens["u"], 0)
    if hundreds := _HUNDREDS.fullmatch(numeral):
        tens_digit = _DIGIT.get(hundreds["t"] or "", 0)
        return (
            _DIGIT[hundreds["h"]] * 100
            + tens_digit * 10
            + _DIGIT.get(hundreds["u"] or hundreds["z"] or "", 0)
        )
    return None
