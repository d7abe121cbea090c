"""Facts survive what copying does to a page: every real development page written again in
traditional characters, with hard line wraps, an indent lost to a wrong encoding, half-width
punctuation, paragraphs run together or indents of full-width spaces still gives the facts the page
as collected gives.

The same minutes reach users in all these forms (a page pasted from an e-paper column, a mirror
that decoded the indent as ``??``), so what the extractor finds must not hang on them. Each
perturbation keeps at least its floor of the facts found on the page as collected; the message
lists what was lost.
"""

import re
from pathlib import Path

import opencc
import pytest

from loaders.extract.matching import canonical
from loaders.models import Extraction
from loaders.pipeline import extract_file

DEV = Path(__file__).resolve().parents[2] / "data" / "real" / "dev"
_COLUMN = 33


def _hard_wrapped(text: str) -> str:
    lines = text.split("\n")
    return "\n".join(
        line[i : i + _COLUMN] for line in lines for i in range(0, max(len(line), 1), _COLUMN)
    )


def _half_width(text: str) -> str:
    return text.translate(str.maketrans("，；：（）", ",;:()"))


_TRADITIONAL = opencc.OpenCC("s2t")


PERTURBATIONS = {
    "traditional characters (a mirror site)": (_TRADITIONAL.convert, 0.99),
    "hard wraps at a column": (_hard_wrapped, 0.95),
    "indents lost as ??": (lambda text: re.sub(r"(?m)^(?=[^\n])", "??", text), 0.99),
    "half-width punctuation": (_half_width, 0.99),
    "paragraphs run together": (lambda text: re.sub(r"\n\s*\n", "\n", text), 0.99),
    "full-width indents": (lambda text: re.sub(r"(?m)^(?=[^\n])", "\u3000\u3000", text), 0.99),
}


def _facts(result: Extraction) -> set[tuple[str, ...]]:
    meeting = result.meeting
    return {
        *(("bureau", canonical(b.name)) for b in result.bureaus),
        *(("reported", canonical(r.bureau), r.subject) for r in result.reported),
        *(("directed", canonical(d.to), str(d.group)) for d in result.directed),
        *(("plan", canonical(p.title)) for p in result.plans),
        *(("approved", canonical(a.plan)) for a in result.approved),
        *(("meeting", str(meeting.date), str(meeting.ordinal), canonical(meeting.issuer or "")),),
    }


@pytest.fixture(scope="module")
def pages() -> list[tuple[Path, str, set[tuple[str, ...]]]]:
    found = []
    for path in sorted(DEV.glob("*.txt")):
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue  # a GBK or Big5 page: written again in UTF-8 it would be another test
        found.append((path, text, _facts(extract_file(path))))
    return found


@pytest.mark.parametrize("name", PERTURBATIONS)
def test_perturbed_pages_keep_the_facts_of_the_page_as_collected(name, pages, tmp_path):
    perturb, floor = PERTURBATIONS[name]
    kept = total = 0
    lost: list[str] = []
    for path, text, facts in pages:
        copy = tmp_path / path.name
        copy.write_text(perturb(text), encoding="utf-8")
        missing = facts - _facts(extract_file(copy))
        kept, total = kept + len(facts) - len(missing), total + len(facts)
        lost.extend(f"{path.name}: {fact}" for fact in sorted(missing))
    assert total > 1000
    assert kept / total >= floor, f"{name}: kept {kept}/{total}; lost:\n" + "\n".join(lost[:30])
