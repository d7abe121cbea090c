"""Read copies of minutes whose words a copying site swapped for synonyms.

Sites that copy minutes often swap common words for synonyms so that search engines take the copy
for a new page: 会议听了X的汇报 (听取), 常务集会 (会议), 探讨 (研究), 审阅 (审议), 赞同 (同意), 原则上经过
(通过). The extractor's patterns name the usual words; :func:`with_usual_words` writes them back in
the text the extractor reads, at the same length so that every position still points at the same
character of the text as written. Words inside 《》 are left alone: a title stays as written.
"""

from __future__ import annotations

import re

# Each swapped form, where it can be read back, and the usual word, of the same length.
_SWAPS = {
    "听了": "听取",
    "集会": "会议",
    "探讨": "研究",
    "审阅": "审议",
    "赞同": "同意",
    "经过": "通过",
}
_SWAPPED = re.compile(
    # 听了 after the meeting or a clause's start (会议听了, ，听了, 分别听了), not 打听了 or 说听了.
    r"(?<=[议会，,。；;、\n并还又别先])听了"
    # a meeting, not a crowd's gathering (大型集会, 集会活动)
    r"|(?<![大型众法])集会(?!活动|游行|场所)"
    # an agenda verb; not within a study (研究探讨, 深入探讨)
    r"|(?<![究入同极])探讨"
    r"|审阅|赞同"
    # only as an approval: 原则经过, 原则上经过, 审议经过
    r"|(?<=原则|则上|审议)经过"
)
_TITLE = re.compile(r"《[^《》\n]*》")


def with_usual_words(text: str) -> str:
    """``text`` with a copying site's synonyms written as the usual words, outside 《》, same length.

    >>> with_usual_words("会议听了县财政局的汇报，探讨了《集会赞同办法》，原则上经过。")
    '会议听取县财政局的汇报，研究了《集会赞同办法》，原则上通过。'
    >>> with_usual_words("加强大型集会活动管理，深入研究探讨。")
    '加强大型集会活动管理，深入研究探讨。'
    """
    if not _SWAPPED.search(text):
        return text
    titles = [(m.start(), m.end()) for m in _TITLE.finditer(text)]
    out, last = [], 0
    for match in _SWAPPED.finditer(text):
        if any(start < match.start() < end for start, end in titles):
            continue
        out += [text[last : match.start()], _SWAPS[match.group()]]
        last = match.end()
    return "".join(out) + text[last:]
