"""Properties of normalisation and loading on generated input (hypothesis).

Normalisation never fails on any text, PDF or not; the simplified twin of a read document keeps
every offset, so a span slices to its evidence in both; and loading a generated set of minutes a
second time adds and removes nothing (embedded store, examples kept few: each one loads twice).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from minutes_factory import minutes_text, traditional
from text_strategies import texts

from graph_service.loading.run import load_uploads
from loaders.errors import UnreadableFileError
from loaders.extract.minutes import extract
from loaders.read.normalize import normalize, to_simplified
from loaders.read.readers import read_bytes

ENCODINGS = ("utf-8", "gb18030", "big5", "utf-16")
# Text with the characters that trouble line and page handling: every kind of line break,
# controls, full-width and combining forms, page furniture.
awkward = st.text(
    alphabet=st.one_of(
        st.sampled_from("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\u3000\t —－0１。，"),
        st.characters(codec="utf-8"),
    ),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, awkward), st.booleans())
def test_normalize_never_fails_and_leaves_no_carriage_return(raw, from_pdf):
    assert "\r" not in normalize(raw, from_pdf=from_pdf)


def _read(raw: str, encoding: str):
    try:
        return read_bytes(raw.encode(encoding, errors="replace"), "generated.txt")
    except UnreadableFileError:
        return None  # empty, binary-looking or letterless: refused with a reason, checked elsewhere


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(texts, texts.map(traditional)), st.sampled_from(ENCODINGS))
def test_read_bytes_simplified_twin_keeps_every_span(raw, encoding):
    document = _read(raw, encoding)
    if document is None:
        return
    spans = [fact.span for fact in _facts(extract(document)) if fact.span]
    twin = [document.simplified[start:end] for start, end in spans]
    assert twin == [to_simplified(document.text[start:end]) for start, end in spans]


def _facts(extraction):
    return [*extraction.bureaus, *extraction.plans, *extraction.initiatives, *extraction.reported,
            *extraction.directed, *extraction.related]  # fmt: skip


# A file: minutes number n, in simplified or traditional characters, in an encoding, with
# arbitrary text after it. Two equal draws make the same file under two names.
files = st.lists(
    st.tuples(
        st.integers(0, 120),
        st.booleans(),
        st.sampled_from(("utf-8", "gb18030")),
        st.one_of(st.just(""), texts),
    ),
    min_size=1,
    max_size=5,
)


def _uploads(drawn) -> list[tuple[str, bytes]]:
    uploads = []
    for index, (number, in_traditional, encoding, tail) in enumerate(drawn):
        text = minutes_text(number) + tail
        text = traditional(text) if in_traditional else text
        uploads.append((f"generated-{index}.txt", text.encode(encoding, errors="replace")))
    return uploads


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(files)
def test_load_uploads_twice_adds_and_removes_nothing(falkor_store, drawn):
    falkor_store.wipe()
    uploads = _uploads(drawn)
    load_uploads(falkor_store, uploads)
    first = falkor_store.stats()
    again = load_uploads(falkor_store, uploads)
    assert (again.elements["added"], again.elements["removed"], falkor_store.stats()) == (
        0,
        0,
        first,
    )
