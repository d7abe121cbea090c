"""Line-wrap repair: which breaks end a paragraph and which cut a sentence."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from loaders.read.wraps import ends_sentence

# The rule as a pattern: a terminal mark, then only closing quotes and brackets to the end.
_SENTENCE_END = re.compile(r"[。！？；：!?;…][”’」』）)\]】]*$")


@given(st.text(alphabet="。！？；：!?;…”’」』）)]】，、会议a1 ", max_size=12))
def test_ends_sentence_reads_the_last_mark_past_closing_quotes_and_brackets(line):
    assert ends_sentence(line) == bool(_SENTENCE_END.search(line))
