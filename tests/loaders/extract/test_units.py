"""Recognising units and collectives in delimited phrases."""

import pytest

from loaders.extract.addressees import addressees, split_list
from loaders.extract.collectives import is_collective
from loaders.extract.unit_names import unit_of


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [
        ("区商务委主任张三", "区商务委"),
        ("县商务局局长王某某同志", "县商务局"),
        ("市财政局负责人", "市财政局"),
        ("区应急局党组书记、局长刘五", "区应急局"),
        ("区发展和改革委员会", "区发展和改革委员会"),
        ("区消防救援支队", "区消防救援支队"),
        ("县城投集团", "县城投集团"),
        ("县委组织部", "县委组织部"),
        ("城关镇", "城关镇"),
        ("神木市大柳塔镇", "神木市大柳塔镇"),
    ],
)
def test_unit_of_finds_the_unit_behind_a_person_or_name(phrase, unit):
    assert unit_of(phrase) == unit


@pytest.mark.parametrize(
    "phrase",
    [
        "招商工作",
        "各相关部门",
        "区政府",
        "全区上下",
        "会议",
        "有关单位",
        "某市巩固拓展脱贫攻坚成果同乡",
    ],
)
def test_unit_of_refuses_phrases_that_are_not_units(phrase):
    assert unit_of(phrase) is None


@pytest.mark.parametrize(
    "phrase", ["各相关部门", "全区上下", "工作专班", "牵头部门", "配合部门", "各位副区长"]
)
def test_is_collective_accepts_collective_addressees(phrase):
    assert is_collective(phrase)


def test_split_list_keeps_names_containing_and_whole():
    assert split_list("区人力资源和社会保障局、区财政局") == ["区人力资源和社会保障局", "区财政局"]


def test_addressees_named_units_listed_together_give_one_each():
    assert addressees("区发改委、区财政局") == (("区发改委", False), ("区财政局", False))


def test_addressees_collective_phrase_stays_whole():
    assert addressees("各相关部门和街道（镇）") == (("各相关部门和街道（镇）", True),)


def test_addressees_unit_with_collective_gives_one_each():
    assert addressees("区应急局和各街道") == (("区应急局", False), ("各街道", True))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("县财政局等部门", (("县财政局", False),)),
        ("县财政局等有关部门", (("县财政局", False),)),
        ("谭家街道作为牵头单位", (("谭家街道", False),)),
        ("县政府办督促各部门", (("县政府办", False),)),
        ("各部门特别是区住建局", (("各部门", True), ("区住建局", False))),
        ("公安、应急等部门", (("公安、应急等部门", True),)),
    ],
)
def test_addressees_a_named_unit_in_a_summed_or_role_phrase_is_named(
    phrase: str, expected: tuple[tuple[str, bool], ...]
) -> None:
    assert addressees(phrase) == expected
