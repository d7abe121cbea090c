"""The pages' error messages in Chinese.

The questions raise errors in English for the API and the command line (``{"error", "message"}``);
a page shows the same error in Chinese, with the names and numbers the message carries. A
message this table does not know is shown as it is.
"""

from __future__ import annotations

import re

_END = {"from": "起点", "to": "终点"}
MESSAGES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), zh)
    for p, zh in (
        (r"^government '(?P<name>.*)': not in the graph; did you mean (?P<near>.+)\? \(all: GET /api/governments\)$",
         "图中没有“{name}”这个政府；您要找的是不是：{near}？"),
        (r"^government '(?P<name>.*)': not in the graph; no government has a similar name;",
         "图中没有“{name}”这个政府，也没有名称相近的政府。"),
        (r"^search '(?P<q>.*)': type at least one letter, digit or Chinese character$",
         "“{q}”中没有字母、数字或汉字，请至少输入一个。"),
        (r"^as_of '(?P<value>.*)': .*YYYY-MM-DD", "日期“{value}”有误：请写成 YYYY-MM-DD，例如 2024-06-30。"),
        (r"^months (?P<n>-?\d+): use 0 to (?P<top>\d+)$", "月数 {n} 超出范围：请填 0 到 {top}。"),
        (r"^limit (?P<n>-?\d+): use 1 to (?P<top>\d+)$", "条数 {n} 超出范围：请填 1 到 {top}。"),
        (r"^limit (?P<n>-?\d+): show 1 to (?P<top>\d+) nodes$", "节点数 {n} 超出范围：请填 1 到 {top}。"),
        (r"^min_meetings (?P<n>-?\d+): recurring means 2 meetings or more$",
         "会议次数 {n} 太少：反复出现指至少 2 次会议。"),
        (r"^search the sentences for some words", "请输入要在原文中查找的词语，例如 城市更新。"),
        (r"^give a date \(YYYY-MM-DD\), a 文号 \(doc_number\) or an ordinal$",
         "请至少给出日期（YYYY-MM-DD）、文号或会议次数中的一项。"),
        (r"^path from '(?P<name>.*)' to itself", "起点和终点都是“{name}”：请给出两个不同的名称。"),
        (r"^max_hops (?P<n>-?\d+): use 1 to (?P<top>\d+)$", "步数 {n} 超出范围：请填 1 到 {top}。"),
        (r"^(?P<end>from|to) '(?P<name>.*)': (?P<count>\d+) nodes have this name \((?P<ids>.*)\); give",
         "{end}“{name}”有 {count} 个同名节点（{ids}）：请选择所属政府。"),
        (r"^(?P<end>from|to) '(?P<name>.*)': no node has this id, name or alias(?: in (?P<gov>[^;]+))?; names like it: (?P<near>.+)$",
         "{end}“{name}”不在图中{gov}；相近的名称：{near}。"),
        (r"^(?P<end>from|to) '(?P<name>.*)': no node has this id, name or alias(?: in (?P<gov>[^;]+))?; find names",
         "{end}“{name}”不在图中{gov}，也没有相近的名称。"),
        (r"^no connection within (?P<n>\d+) hops?(?: in the graph as of (?P<day>[\d-]+))?",
         "{n} 步以内没有联系{day}；可以放宽步数（最多 6 步）或换一个名称。"),
    )
]  # fmt: skip


def chinese(message: str) -> str:
    """Return an error message of the questions in Chinese, or as it is when unknown.

    >>> chinese("search '!!': type at least one letter, digit or Chinese character")
    '“!!”中没有字母、数字或汉字，请至少输入一个。'
    >>> chinese("from '区体育': no node has this id, name or alias in 长宁区人民政府; names like it: 区体育局")
    '起点“区体育”不在图中（长宁区人民政府）；相近的名称：区体育局。'
    >>> chinese("something new")
    'something new'
    """
    for pattern, text in MESSAGES:
        found = pattern.search(message)
        if found:
            values = {k: v or "" for k, v in found.groupdict().items()}
            values["end"] = _END.get(values.get("end", ""), "")
            values["gov"] = f"（{values['gov']}）" if values.get("gov") else ""
            values["day"] = f"（截至 {values['day']}）" if values.get("day") else ""
            return text.format(**values)
    return message
