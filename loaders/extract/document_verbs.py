"""The words that say a unit wrote or brought the document an item is about.

One vocabulary for every reader that finds the unit behind a document (X起草的《A》, 会议同意X提出的
《A》, 审阅了X送审的《A》, 由X联合起草的《A》 named as a document, not a task): a unit that wrote or
brought the document reviewed is its reporter (see the annotation guide).
"""

from __future__ import annotations

# Wrote it: 起草, 草拟, 代拟 (drafted for the government), 编制, 修订 …
DRAFTED = "起草|拟草|草拟|代拟|拟制|拟定|拟订|制定|制订|编制|修订"
# Brought it before the meeting: 提交, 报送, 送审 …
BROUGHT = "提交|提出|报送|送审|报审|报批|报来|报请|呈报|呈送|上报"
# Either, as one alternation.
AUTHORED = f"{BROUGHT}|{DRAFTED}"
