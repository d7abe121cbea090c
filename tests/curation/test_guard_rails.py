"""Curation's guard rails on both stores: a decision about a government or a target bureau the
graph does not hold is refused with the nearest names, and the queue pairs unresolved names with
each other."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_service.curation.review import (
    MIN_SCORE,
    UnknownTargetError,
    bureau_choices,
    decide,
    import_decisions,
    review_queue,
)
from graph_service.loading.decisions import Decision
from graph_service.loading.run import load_paths
from graph_service.questions.governments import UnknownGovernmentError

DATA = Path(__file__).resolve().parents[1] / "data"
GOV = "云岭县人民政府"
SHANLIN = f"bureau:{GOV}:县山林办"
SHORT, FULL = "县城投集团", "县城市建设投资集团有限公司"


@pytest.fixture
def loaded(store):
    """The three 云岭县 minutes and one that writes a company's name two ways."""
    report = load_paths(store, [DATA / "curation", DATA / "curation_pairs"])
    assert report.documents["added"] == 4
    return store


def _merge(into: str, government: str = GOV) -> Decision:
    return Decision(kind="merge", government=government, name="县山林办", target=into)


def test_merge_into_a_bureau_the_government_lacks_is_refused_with_near_names(loaded):
    before = loaded.stats()
    with pytest.raises(UnknownTargetError, match="did you mean 县林业局"):
        decide(loaded, _merge("县林业屋"))
    assert loaded.stats() == before and loaded.node(SHANLIN) is not None
    assert loaded.node(f"bureau:{GOV}:县林业屋") is None


def test_merge_into_a_bureau_of_another_government_is_refused(loaded):
    with pytest.raises(UnknownTargetError, match="云岭县人民政府 has no bureau"):
        decide(loaded, _merge("区应急管理局"))


def test_misspelt_government_is_refused_with_near_governments(loaded):
    for kind, target in (("merge", "县林业局"), ("split", "县山林办")):
        decision = Decision(kind=kind, government="云岭县政府", name="县山林办", target=target)
        with pytest.raises(UnknownGovernmentError, match="did you mean 云岭县人民政府"):
            decide(loaded, decision)
    assert loaded.node(SHANLIN).props["resolved"] is False


def test_merge_into_an_existing_bureau_is_taken(loaded):
    result = decide(loaded, _merge("县林业局"))
    assert result.files and loaded.node(SHANLIN) is None


def test_import_takes_decisions_about_minutes_not_loaded_yet(loaded):
    elsewhere = Decision(kind="merge", government="甲区人民政府", name="区重大办",
                         target="区重大工程建设推进办公室")  # fmt: skip
    assert [r.decision.id for r in import_decisions(loaded, [elsewhere])] == [elsewhere.id]


def test_bureau_choices_list_every_bureau_of_the_government_resolved_or_not(loaded):
    choices = {choice.name: choice for choice in bureau_choices(loaded, GOV)}
    assert {"县林业局", "县山林办", SHORT, FULL} <= choices.keys()
    assert choices["县林业局"].resolved and not choices["县山林办"].resolved
    with pytest.raises(UnknownGovernmentError):
        bureau_choices(loaded, "云岭区人民政府")


def test_review_queue_pairs_an_unresolved_abbreviation_with_an_unresolved_full_name(loaded):
    items = {item.bureau.name: item for item in review_queue(loaded, government=GOV).items}
    (pair,) = [c for c in items[SHORT].candidates if c.name == FULL]
    assert pair.score == 1.0 and pair.resolved is False
    # The other way round is no abbreviation: the full name keeps five of its thirteen characters.
    assert SHORT not in [c.name for c in items[FULL].candidates]


def test_review_queue_drops_candidates_below_the_minimum_score(loaded):
    items = review_queue(loaded, government=GOV).items
    names = {choice.name for choice in bureau_choices(loaded, GOV)}
    for item in items:
        shown = {c.name for c in item.candidates}
        assert all(c.score >= MIN_SCORE for c in item.candidates)
        assert len(shown) < len(names) - 1  # most bureaus of the government share too little
