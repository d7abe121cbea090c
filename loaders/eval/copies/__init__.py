"""Make copies of minutes the way copying sites do, and score the extractor on them.

Many pages met in the wild are copies on unrelated sites that replaced the government's place name
with advertising (``某某体育在线``) or swapped common words for synonyms (召开 → 举行). This module
makes such copies of a folder of documents with gold files, deterministically (the same folder
gives the same copies), and scores the extractor on the copies beside the originals::

    minutes-kg eval tests/data/real/dev --copies both
    minutes-kg eval tests/data/real/dev --copies places --share 0.5

What a copy changes (see :func:`perturb_text`):

* ``places``: the government's place name, taken from the ``government`` column of the folder's
  sources table (宜春市人民政府 → 宜春市, 北京市东城区人民政府 → 东城区), is replaced by one invented
  advertising string, and its short form (宜春) by another, in a share of their occurrences chosen
  at random (all of them by default). Half the copies, chosen at random, replace only the short
  form, so that the 市/县/区 after it stays, as copying sites leave it (``某某彩票市中心城区``).
* ``words``: common words of minutes are swapped for synonyms (:data:`SYNONYMS`), each occurrence
  with probability ``share``, except inside 《》 so that plan titles stay as the gold has them.
* ``both``: the two together.
* ``unseen``: words swapped for other synonyms (:data:`UNSEEN_SYNONYMS`), which no rule of the
  extractor was written for: how the rules fare on a copying site's other choices.

Scoring: the copies are scored against the original gold. Each advertising string stands for one
place form, so the strings the extractor returns on a copy get the place back before they are
compared (a plan title 《某某彩票进一步推进…》 is the gold's 《宜春市进一步推进…》). Units are compared
by their bare name within the page's government, on both sides and in both runs: the place name,
an advertising string and the government's own level (市 on a city's page) are dropped from the
front of a unit's name (宜春市财政局, 市财政局 and 财政局 are one unit of 宜春市), since a unit whose
place was replaced by advertising is the same unit.
"""

from loaders.eval.copies.making import KINDS, Copy, Places, perturb_text
from loaders.eval.copies.scoring import (
    bare_unit,
    bare_units,
    governments,
    render_table,
    restore_places,
    score_copies,
)

__all__ = [
    "KINDS",
    "Copy",
    "Places",
    "bare_unit",
    "bare_units",
    "governments",
    "perturb_text",
    "render_table",
    "restore_places",
    "score_copies",
]
