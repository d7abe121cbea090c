"""Properties of the extractor on arbitrary text: it never fails and every span is its evidence."""

import hashlib

from hypothesis import HealthCheck, given, settings
from text_strategies import texts

from loaders.extract.minutes import extract
from loaders.models import Document
from loaders.read.normalize import normalize, to_simplified


def document(raw: str) -> Document:
    text = normalize(raw)
    return Document(
        source="generated.txt",
        doc=hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest(),
        format="text",
        text=text,
        simplified=to_simplified(text),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extract_never_fails_and_every_span_slices_to_its_evidence(raw):
    doc = document(raw)
    extraction = extract(doc)
    facts = [*extraction.bureaus, *extraction.plans, *extraction.initiatives]
    facts += [*extraction.reported, *extraction.directed, *extraction.related]
    for fact in facts:
        start, end = fact.span
        assert 0 <= start <= end <= len(doc.text)
        assert doc.text[start:end] == fact.evidence


@settings(max_examples=200, deadline=None)
@given(texts)
def test_extract_is_deterministic(raw):
    doc = document(raw)
    assert extract(doc) == extract(doc)
