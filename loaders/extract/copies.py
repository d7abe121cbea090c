"""Read copies of minutes whose words a copying site swapped for synonyms.

Sites that copy minutes often swap common words for synonyms so that search engines take the copy
for a new page: 会议听了X的汇报 (听取), 常务集会 (会议), 探讨 (研究), 审阅 (审议), 赞同 (同意), 原则上经过
(通过), 情况报告 (汇报). The extractor's patterns name the usual words; :func:`with_usual_words`
writes them back in the text the extractor reads, at the same length so that every position still
points at the same character of the text as written. Words inside 《》 are left alone: a title
stays as written. A title written in single angle brackets (〈A〉) is written 《A》 the same way, unless
it is quoted inside another title (《关于提请审议〈A〉的请示》).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# Each swapped form, where it can be read back, and the usual word, of the same length.
_SWAPS = {
    "听了": "听取",
    "集会": "会议",
    "探讨": "研究",
    "审阅": "审议",
    "赞同": "同意",
    "经过": "通过",
}
# Each pattern opens with a plain character and looks behind only from there: a leading look-behind
# would be tried at every position of every text.
_SWAPPED = re.compile(
    # 听了 as the meeting's verb (会议听了, 先后听了), not 打听了, 收听了 or 聆听了.
    r"听(?<![打好难偷窃收旁聆倾]听)了"
    # a meeting, not a crowd's gathering (大型集会, 集会活动)
    r"|集(?<![大型众法]集)会(?!活动|游行|场所)"
    # an agenda verb; not within a study (研究探讨, 深入探讨)
    r"|探(?<![究入同极]探)讨"
    r"|审阅|赞同"
    # only as an approval: 原则经过, 原则上经过, 审议经过
    r"|经(?<=原则经|则上经|审议经)过"
)
_TITLE = re.compile(r"《[^《》\n]*》")
# 报告 where the usual word is 汇报: a report heard (听取了县甲局乙工作情况报告, …的报告。) or made
# (做了报告), ending its clause; 报告 naming a document (政府工作报告, 审计工作报告) is left alone.
_REPORT = re.compile(r"报(?:(?<=情况报)|(?<=的报)|(?<=[做作]了报))告(?=[，。；,;\n]|后)")
_ANGLE = re.compile(r"〈(?P<t>[^〈〉《》\n]{2,150})〉")
_HEARD = re.compile(r"听取|[做作]了$")
_CLAUSE_START = re.compile(r"[。；;\n]")


def with_usual_words(text: str) -> str:
    """``text`` with a copying site's synonyms written as the usual words, outside 《》, same length.

    >>> with_usual_words("会议听了县财政局的汇报，探讨了《集会赞同办法》，原则上经过。")
    '会议听取县财政局的汇报，研究了《集会赞同办法》，原则上通过。'
    >>> with_usual_words("听取了县甲局乙工作情况报告。县丙局做了报告。县丁局负责政府工作报告。")
    '听取了县甲局乙工作情况汇报。县丙局做了汇报。县丁局负责政府工作报告。'
    >>> with_usual_words("加强大型集会活动管理，深入研究探讨。")
    '加强大型集会活动管理，深入研究探讨。'
    >>> with_usual_words("会议审议了〈甲办法〉和《关于〈乙〉的请示》。")
    '会议审议了《甲办法》和《关于〈乙〉的请示》。'
    """
    if "〈" in text:
        text = _swap(text, _ANGLE.finditer(text), lambda m: f"《{m['t']}》")
    if _SWAPPED.search(text):
        text = _swap(text, _SWAPPED.finditer(text), lambda m: _SWAPS[m.group()])
    if "报告" in text:
        text = _swap(
            text, filter(lambda m: _heard(text, m.start()), _REPORT.finditer(text)), "汇报"
        )
    return text


def _heard(text: str, pos: int) -> bool:
    """Whether the clause before ``pos`` hears a report (听取) or ends in 做了/作了."""
    start = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, pos - 200), pos)), default=0)
    return bool(_HEARD.search(text, start, pos))


def _swap(
    text: str, matches: Iterable[re.Match[str]], usual: str | Callable[[re.Match[str]], str]
) -> str:
    """``text`` with each match outside 《》 replaced by ``usual`` (or what it returns)."""
    titles = [(m.start(), m.end()) for m in _TITLE.finditer(text)]
    out, last = [], 0
    for match in matches:
        if any(start < match.start() < end for start, end in titles):
            continue
        out += [text[last : match.start()], usual if isinstance(usual, str) else usual(match)]
        last = match.end()
    return "".join(out) + text[last:]
