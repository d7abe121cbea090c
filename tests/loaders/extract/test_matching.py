"""The scorer's text rules: canonical form, character overlap, containment, one-to-one matching."""

from __future__ import annotations

from loaders.extract.matching import canonical, dice, max_matching, overlaps, similar


def test_canonical_traditional_equals_simplified():
    assert canonical("長寧區應急管理局") == canonical("长宁区应急管理局") == "长宁区应急管理局"


def test_canonical_removes_pinyin_after_characters():
    assert canonical("區(qū)應(yīng)急(jí)管理局") == "区应急管理局"


def test_canonical_removes_pinyin_in_full_width_brackets():
    assert canonical("区（qū）民政局") == "区民政局"


def test_canonical_keeps_upper_case_acronym_in_brackets():
    assert canonical("生态环境导向开发(EOD)项目") == "生态环境导向开发(EOD)项目"


def test_canonical_applies_nfkc_and_strips_spaces():
    assert canonical("关于 ２０２４ 年\u3000一季度\n") == "关于2024年一季度"


def test_canonical_of_none_is_empty():
    assert canonical(None) == ""


def test_dice_counts_repeated_characters_by_multiset():
    assert dice("区区局", "区局局") == 2 * 2 / 6


def test_similar_overlap_exactly_at_threshold_matches():
    assert dice("甲乙丙丁戊", "甲乙丙己庚") == 0.6
    assert similar("甲乙丙丁戊", "甲乙丙己庚")


def test_similar_overlap_just_below_threshold_does_not_match():
    assert dice("甲乙丙丁", "甲乙戊") < 0.6
    assert not similar("甲乙丙丁", "甲乙戊")


def test_overlaps_counts_characters_only_exactly_at_threshold():
    assert overlaps("甲乙丙丁戊", "甲乙丙己庚")
    assert not overlaps("甲乙丙丁", "甲乙戊")
    assert not overlaps("政务公开", "2024年上海市长宁区政务公开工作要点与责任分工")


def test_similar_containment_matches_below_overlap():
    short, long = "政务公开", "2024年上海市长宁区政务公开工作要点与责任分工"
    assert dice(short, long) < 0.6
    assert similar(long, short)


def test_similar_single_character_containment_does_not_match():
    assert not similar("区", "区应急管理局")


def test_similar_empty_string_never_matches():
    assert not similar("", "")


def test_max_matching_beats_greedy_first_come_pairing():
    # gold 0 accepts either prediction, gold 1 only prediction 0: greedy in order pairs
    # gold 0 with prediction 0 and leaves gold 1 unmatched; the largest matching has 2 pairs.
    allowed = {(0, 0), (0, 1), (1, 0)}
    assert max_matching([0, 1], [0, 1], lambda g, p: (g, p) in allowed) == 2


def test_max_matching_uses_each_gold_item_once():
    assert max_matching(["区府办"], ["区府办", "区府办"], str.__eq__) == 1
