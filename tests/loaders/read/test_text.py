"""Encoding detection: the codec of a sample, and the sample decoded with it."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from loaders.errors import UnreadableFileError
from loaders.read.text import _common_characters, _common_share, decode_sample, detect_encoding

_TEXT = "會議聽取区应急局的汇报。\n"
_SAMPLES = st.one_of(
    st.binary(max_size=60),
    st.builds(
        lambda prefix, text, codec, cut: prefix + text.encode(codec, "ignore")[:cut],
        st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, b"\x00"]),
        st.text(alphabet=_TEXT, max_size=30),
        st.sampled_from(["utf-8", "gb18030", "big5"]),
        st.integers(0, 90),
    ),
)


@given(_SAMPLES)
def test_decode_sample_gives_the_detected_codec_and_the_sample_decoded_with_it(sample):
    try:
        codec = detect_encoding(sample, "a.txt")
    except UnreadableFileError:
        with pytest.raises(UnreadableFileError):
            decode_sample(sample, "a.txt")
        return
    assert decode_sample(sample, "a.txt") == (codec, sample.decode(codec, errors="replace"))


@given(st.binary(max_size=80))
@example("会议𠀾".encode("gb18030"))
def test_common_share_counts_the_characters_from_u3400_on(sample):
    text = codecs.getincrementaldecoder("gb18030")(errors="replace").decode(sample)
    han = [char for char in text if char >= "\u3400"]
    common = _common_characters("gb18030")
    expected = sum(char in common for char in han) / len(han) if han else 0.0
    assert _common_share(sample, "gb18030") == expected
