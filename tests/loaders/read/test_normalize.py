"""Normalisation: wraps and page breaks repaired, furniture dropped, spacing and punctuation
uniform, inserted pinyin removed, and a simplified twin of the same length."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from opencc import OpenCC

from loaders.read.normalize import (
    HAN,
    _t2s_tables,
    normalize,
    phrase_alternatives,
    to_simplified,
    uniform_punctuation,
)

# The seed minutes, copied beside the tests so that they run wherever the repository is cloned.
SEED = Path(__file__).resolve().parents[2] / "data" / "scoring" / "000_7b27b0e132a07cd2.txt"
SEED_WRAPS = ("全\n\n区电动自行车", "以政务\n\n公开", "在\n\n确保质量")


def test_normalize_seed_changes_only_its_wrapped_breaks_and_stray_spaces():
    original = SEED.read_text(encoding="utf-8")
    expected = original.strip()
    for wrapped in SEED_WRAPS:
        assert expected.count(wrapped) == 1
        expected = expected.replace(wrapped, wrapped.replace("\n\n", ""))
    expected = expected.replace("关于 2024 年一季度", "关于2024年一季度")
    assert normalize(original) == expected


def test_normalize_seed_keeps_real_paragraphs_apart():
    original = SEED.read_text(encoding="utf-8")
    paragraphs = normalize(original).split("\n\n")
    assert len(paragraphs) == len(original.strip().split("\n\n")) - len(SEED_WRAPS)
    assert paragraphs[:3] == [
        "区政府常务会议纪要",
        "长府会议纪要〔2024〕13号",
        "2024年4月24日下午，区长侯继军主持召开区政府第73次常务会议。",
    ]


def test_normalize_joins_name_cut_by_page_break():
    text = "会议要求，要凝聚工作合力，由区商\n\n— 2 —\n\n务委牵头统筹。"
    assert normalize(text) == "会议要求，要凝聚工作合力，由区商务委牵头统筹。"


def test_normalize_joins_full_pdf_lines_without_punctuation():
    lines = [
        "会议听取区应急局关于制定长宁区关于开展电动自行车安全治理攻坚行动工",
        "作方案情况的汇报。",
    ]
    body = ["会议指出，各相关部门要按照要求，尽快细化本部门的工作方案。"] * 4
    assert normalize("\n".join(lines + body), from_pdf=True).startswith(
        "会议听取区应急局关于制定长宁区关于开展电动自行车安全治理攻坚行动工作方案情况的汇报。"
    )


def test_normalize_keeps_break_after_sentence_end():
    text = "会议听取区外事办的汇报，会议原则同意。\n区外事办要按照相关程序做好报送工作。"
    assert normalize(text) == text.replace("\n", "\n\n")


def test_normalize_keeps_break_before_numbered_item():
    text = "现纪要如下，会议听取了区府办的汇报\n二、审议《方案》\n（三）研究其他事项"
    assert normalize(text).split("\n\n") == text.split("\n")


def test_normalize_keeps_short_title_lines_apart():
    text = "区政府常务会议纪要\n\n长府会议纪要〔2024〕13号"
    assert normalize(text) == text


def test_normalize_keeps_header_field_lines_apart():
    text = "列席单位：区府办、区财政局，各街道办事处\n\n会议听取区投促办关于招商工作的汇报。"
    assert normalize(text) == text


def test_normalize_joins_title_left_open_across_lines():
    text = "长宁区人民政府关于印发《长宁区关于开展电动自行车安全治理\n攻坚行动工作方案》的通知"
    assert normalize(text) == text.replace("\n", "")


def test_normalize_joins_line_starting_with_closing_punctuation():
    assert normalize("会议原则同意该方案\n。会议还研究了其他事项。") == (
        "会议原则同意该方案。会议还研究了其他事项。"
    )


@pytest.mark.parametrize("furniture", ["— 2 —", "- 3 -", "－4－", "第 2 页 共 5 页", "共5页 第2页"])
def test_normalize_drops_page_furniture(furniture):
    assert normalize(f"区政府常务会议纪要\n\n{furniture}\n\n会议还研究了其他事项。") == (
        "区政府常务会议纪要\n\n会议还研究了其他事项。"
    )


def test_normalize_drops_lone_page_number_only_in_pdf_text():
    text = "会议还研究了其他事项。\n\n12\n\n区政府办公室"
    assert normalize(text, from_pdf=True) == "会议还研究了其他事项。\n\n区政府办公室"
    assert "12" in normalize(text)


def test_normalize_removes_spaces_inside_chinese_text():
    assert normalize("会议听取区投促办关于 2024 年一季度 招商引资工作的汇报") == (
        "会议听取区投促办关于2024年一季度招商引资工作的汇报"
    )


def test_normalize_keeps_spaces_between_latin_words():
    assert normalize("会议邀请 World Bank 专家列席。") == "会议邀请World Bank专家列席。"


def test_normalize_makes_fullwidth_letters_and_digits_halfwidth():
    assert normalize("第７３次常务会议，ＰＰＰ项目") == "第73次常务会议，PPP项目"


def test_normalize_removes_ideographic_spaces_in_chinese_text():
    assert normalize("\u3000\u3000会议听取区府办\u3000关于的汇报。") == "会议听取区府办关于的汇报。"


def test_normalize_makes_halfwidth_punctuation_between_chinese_fullwidth():
    assert normalize("区体育局,区民政局补充汇报;会议指出:要(一)抓落实") == (
        "区体育局，区民政局补充汇报；会议指出：要（一）抓落实"
    )


def test_normalize_makes_halfwidth_punctuation_between_titles_and_quotes_fullwidth():
    assert normalize("原则同意《甲方案》,《乙方案》;“丙”:丁") == (
        "原则同意《甲方案》，《乙方案》；“丙”：丁"
    )


# The rule in one pass: each mark next to a Chinese character (or after a closing title or quote
# mark, before an opening one), as the text was before any change.
_MARK_BY_HAN = re.compile(f"[,;:](?:(?<=[{HAN}》」』”][,;:])|(?=[{HAN}《「『“]))")
_PARENS_BY_HAN = re.compile(f"\\((?:(?<=[{HAN}]\\()([^()\\n]*)\\)|([^()\\n]*)\\)(?=[{HAN}]))")


@given(st.text(alphabet=",;:()会a1《》 \n", max_size=30))
@example("会(a)和(b)会,a;会:")
def test_uniform_punctuation_replaces_every_mark_as_the_text_stood(text):
    marks = _MARK_BY_HAN.sub(lambda m: {",": "，", ";": "；", ":": "："}[m.group()], text)
    expected = _PARENS_BY_HAN.sub(lambda m: f"（{m.group(1) or m.group(2) or ''}）", marks)
    assert uniform_punctuation(text) == expected


def test_normalize_keeps_latin_punctuation_between_digits():
    assert normalize("会议于14:30召开，投资1,000万元。") == "会议于14:30召开，投资1,000万元。"


def test_normalize_keeps_gold_punctuation_unchanged():
    text = "长府会议纪要〔2024〕13号审议《方案（送审稿）》，按照“四管四必须”要求。"
    assert normalize(text) == text


def test_normalize_removes_tone_marked_pinyin_after_characters():
    assert normalize("區(qū)應(yīng)急管理局") == "區應急管理局"


def test_normalize_removes_toneless_pinyin_syllables_after_characters():
    assert normalize("区(qu)应急管理局（zhuang）") == "区应急管理局"


@pytest.mark.parametrize("acronym", ["PPP", "EOD", "GDP"])
def test_normalize_keeps_parenthesised_acronyms(acronym):
    assert (
        normalize(f"推进政府和社会资本合作({acronym})项目")
        == f"推进政府和社会资本合作（{acronym}）项目"
    )


def test_normalize_collapses_blank_lines_and_crlf():
    assert normalize("一、审议方案\r\n\r\n\r\n\r\n二、略\r\n") == "一、审议方案\n\n二、略"


def test_normalize_strips_trailing_spaces():
    assert normalize("Minutes KG   \n\nkeeps text  ") == "Minutes KG\n\nkeeps text"


def test_to_simplified_converts_traditional_minutes():
    assert to_simplified("會議聽取區應急管理局關於制定《工作方案》情況的彙報") == (
        "会议听取区应急管理局关于制定《工作方案》情况的汇报"
    )


def test_to_simplified_agrees_with_opencc_on_phrases():
    text = "乾隆年間，一目瞭然，不瞭解情況，會議聽取區應急局彙報，範圍裡面"
    assert to_simplified(text) == OpenCC("t2s").convert(text)


def test_to_simplified_leaves_simplified_text_as_is():
    text = SEED.read_text(encoding="utf-8")
    assert to_simplified(text) == text


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x2FFFF)))
def test_to_simplified_keeps_length_of_any_text(text):
    assert len(to_simplified(text)) == len(text)


@given(st.text(alphabet="會議聽取區應急局關於乾隆瞭解覆藉么麼裡面後著 \n", max_size=60))
def test_to_simplified_keeps_length_of_traditional_text(text):
    assert len(to_simplified(text)) == len(text)


# Texts made of whole phrases (some the start of another: 乾 and 乾隆) and their characters.
_PHRASES = sorted(_t2s_tables().phrases)
_PIECES = _PHRASES + sorted({char for phrase in _PHRASES for char in phrase}) + ["的", "區", "𠀾"]
_PHRASE_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=20).map("".join)


@given(_PHRASE_TEXTS)
def test_phrase_alternatives_match_as_the_phrases_longest_first(text):
    phrases = _t2s_tables().phrases
    flat = re.compile("|".join(map(re.escape, sorted(phrases, key=len, reverse=True))))
    tree = re.compile(phrase_alternatives(phrases))
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


@given(_PHRASE_TEXTS)
def test_to_simplified_converts_phrases_whole_and_other_characters_one_by_one(text):
    tables = _t2s_tables()
    expected, done = "", 0
    for match in tables.phrase_pattern.finditer(text):
        expected += text[done : match.start()].translate(tables.chars)
        expected += tables.phrases[match.group()]
        done = match.end()
    assert to_simplified(text) == expected + text[done:].translate(tables.chars)
