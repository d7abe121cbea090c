"""Where a word occurs: the positions its escaped pattern matches at."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from loaders.extract.occurrences import occurrences


@given(st.text(alphabet="长宁区.*", max_size=20), st.text(alphabet="长宁区.*", max_size=3))
@example("区区区长宁", "区区")
def test_occurrences_are_where_the_escaped_word_matches(text, word):
    expected = [m.start() for m in re.finditer(re.escape(word), text)]
    assert list(occurrences(text, word)) == expected
