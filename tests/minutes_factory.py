"""Small made-up minutes for load tests: many meetings of many invented district governments.

Each number gives other minutes: 50 governments, a meeting a day per government, eight bureaus
and eight topics in turn, a lead bureau, a supplementary one and one directive. The text is
written for these tests; its facts are invented.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

READERS = Path(__file__).resolve().parent / "data" / "readers"
BUREAUS = (
    "区教育局",
    "区卫健委",
    "区民政局",
    "区应急局",
    "区财政局",
    "区商务委",
    "区文旅局",
    "区体育局",
)
TOPICS = (
    "河道保洁",
    "老旧小区改造",
    "校园安全",
    "社区养老",
    "夜间经济",
    "燃气安全",
    "全民健身",
    "农贸市场提升",
)
PLACE_FIRST = "安平宁和丰泰清永德兴"
PLACE_SECOND = "东西南北中"
GOVERNMENTS = len(PLACE_FIRST) * len(PLACE_SECOND)
FIRST_DAY = dt.date(2020, 1, 6)


def government(n: int) -> str:
    """Return the government of minutes number ``n``.

    >>> government(0), government(11)
    ('安东区人民政府', '平西区人民政府')
    """
    place = PLACE_FIRST[n % len(PLACE_FIRST)] + PLACE_SECOND[(n // len(PLACE_FIRST)) % 5]
    return f"{place}区人民政府"


def meeting_id(n: int) -> str:
    """Return the id the graph gives the meeting of minutes number ``n``.

    >>> meeting_id(51)
    'meeting:平东区人民政府:2020-01-07:2'
    """
    return f"meeting:{government(n)}:{_day(n).isoformat()}:{n // GOVERNMENTS + 1}"


def minutes_text(n: int) -> str:
    """Return minutes number ``n``: a heading, the meeting line, one report and one directive.

    >>> minutes_text(0).splitlines()[2]
    '2020年1月6日，区长李青主持召开区政府第1次常务会议。'
    """
    place = government(n).removesuffix("区人民政府")
    day = _day(n)
    lead, helper = BUREAUS[n % 8], BUREAUS[(n * 3 + 1) % 8]
    topic = TOPICS[(n // 8) % 8]
    return (
        f"{place}区人民政府常务会议纪要\n\n"
        f"{day.year}年{day.month}月{day.day}日，区长李青主持召开区政府第{n // GOVERNMENTS + 1}次常务会议。\n\n"
        f"会议听取{lead}关于《{place}区{topic}工作方案》情况的汇报。{helper}补充汇报。"
        "会议指出，要细化分工、压实责任，确保按期完成。\n\n"
        f"会议要求{helper}做好经费保障。\n"
    )


def traditional(text: str) -> str:
    """Return ``text`` in traditional characters, as a Hong Kong or Taiwan mirror would print it.

    >>> traditional("会议听取区应急局的汇报。")
    '會議聽取區應急局的彙報。'
    """
    return _to_traditional().convert(text)


def scripts_page(body: str = "") -> str:
    """Return an HTML page whose scripts, handlers and styles surround the paragraphs of ``body``."""
    paragraphs = "".join(
        f"<p>{part}</p><script>alert('区卫健委');document.write('<b>区财政局')</script>"
        for part in body.split("\n\n")
        if part
    )
    return (
        "<!doctype html><html><head><script src='https://evil.example/x.js'></script>"
        "<style>p{color:red}</style></head><body onload=\"alert('区民政局')\">"
        f"{paragraphs}<script>window.__pwned = '会议听取区教育局的汇报'</script>"
        "<noscript>请启用脚本</noscript></body></html>"
    )


def bad_files() -> dict[str, tuple[bytes, str]]:
    """Return files that cannot be loaded: name → (bytes, words their error must hold)."""
    return {
        "empty.txt": (b"", "the file is empty"),
        "blank.txt": (b" \n\t\n", "the file is empty"),
        "noise.txt": (bytes(range(256)) * 64, "binary data"),
        "nul.txt": ("会议听取区教育局的汇报。\x00\x00".encode(), "binary data"),
        "truncated.pdf": ((READERS / "truncated.pdf").read_bytes(), "truncated or corrupt PDF"),
        "image_only.pdf": ((READERS / "image_only.pdf").read_bytes(), "run OCR"),
        "encrypted.pdf": ((READERS / "encrypted.pdf").read_bytes(), "remove its password"),
        "scan.pdf": ((READERS / "scan.png").read_bytes(), "a PNG image"),
        "half.docx": ((READERS / "minutes.docx").read_bytes()[:3000], "corrupt ZIP/DOCX"),
        "legacy.docx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "legacy Word .doc"),
        "scripts.html": (scripts_page().encode(), "no readable text"),
        "punctuation.txt": ("。。，，、——……\n".encode(), "no readable text"),
    }


def write_minutes(folder: Path, numbers: range, *, encoding: str = "utf-8") -> list[Path]:
    """Write minutes ``numbers`` into ``folder`` as ``minutes-<n>.txt`` and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in numbers:
        path = folder / f"minutes-{n:05d}.txt"
        path.write_bytes(minutes_text(n).encode(encoding))
        paths.append(path)
    return paths


def _day(n: int) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=n // GOVERNMENTS)


@cache
def _to_traditional():
    import opencc  # the package the normaliser uses for the other direction

    return opencc.OpenCC("s2t")
