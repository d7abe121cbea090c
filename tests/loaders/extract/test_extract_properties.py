"""Properties of the extractor on arbitrary text: it never fails and every span is its evidence."""

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.extract.minutes import extract
from loaders.models import Document
from loaders.read.normalize import normalize, to_simplified

# Pieces of minutes, so that generated texts reach the extractor's rules and not only its
# early exits; the text between them is arbitrary.
PIECES = [
    "2024年4月24日，区长王明主持召开区政府第73次常务会议。",
    "会议听取区应急局关于《安平区燃气安全整治方案》情况的汇报。",
    "会议分别听取区教育局、区卫健委关于校园安全、基层医疗的汇报。",
    "区体育局、区民政局补充汇报。",
    "会议指出，各相关部门要按照“三管三必须”要求压实责任。",
    "由区住建局牵头，会同区规资局制定计划。请区财政局做好保障。",
    "要结合正在开展的安全生产治本攻坚三年行动，狠抓整改。",
    "现纪要如下：\n一、审议《安平区河道保洁办法（送审稿）》\n",
    "二、略\n",
    "【王明】15:01\n请区文旅局汇报。\n",
    "會議聽取區(qū)應急局關於《方案》的彙報。",
    "\n\n— 2 —\n\n",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=12).map("".join)


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
