"""The bureau registry: canonical names per government, dated aliases, user files."""

import pytest

from loaders.extract.registry import Alias, Registry, RegistryError, load_registry, read_aliases


def test_registry_resolves_a_bundled_abbreviation_keeping_its_level():
    reg = load_registry("")
    assert reg.resolve("区应急局", "长宁区人民政府").canonical == "区应急管理局"
    assert reg.resolve("县发改局", "平阳县人民政府").canonical == "县发展和改革局"


def test_registry_keeps_an_unknown_name_as_written_and_says_so():
    resolution = load_registry("").resolve("区重大办", "长宁区人民政府")
    assert (resolution.canonical, resolution.known) == ("区重大办", False)


def test_registry_government_row_applies_only_to_its_government():
    reg = Registry([Alias("长宁区人民政府", "区重大办", "区重大工程建设推进办公室")])
    assert reg.resolve("区重大办", "长宁区人民政府").canonical == "区重大工程建设推进办公室"
    assert reg.resolve("区重大办", "徐汇区人民政府").canonical == "区重大办"


def test_registry_dated_alias_holds_only_within_its_dates():
    reg = Registry([Alias("*", "安监局", "安全生产监督管理局", "", "2019-01-31")])
    assert reg.resolve("区安监局", "X区人民政府", "2018-06-01").canonical == "区安全生产监督管理局"
    assert reg.resolve("区安监局", "X区人民政府", "2020-06-01").known is False


def test_registry_later_rows_take_precedence():
    reg = Registry([Alias("*", "金融办", "金融工作办公室"), Alias("*", "金融办", "金融服务办公室")])
    assert reg.resolve("区金融办", "X区人民政府").canonical == "区金融服务办公室"


def test_registry_user_file_extends_the_bundled_one(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("长宁区人民政府\t区重大办\t区重大工程建设推进办公室\n", encoding="utf-8")
    reg = load_registry(str(extra))
    assert reg.resolve("区重大办", "长宁区人民政府").canonical == "区重大工程建设推进办公室"
    assert reg.resolve("区应急局", "长宁区人民政府").canonical == "区应急管理局"


def test_registry_malformed_row_names_the_file_and_row(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("长宁区人民政府\t区重大办\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"bad\.tsv: row 1"):
        read_aliases(bad)


def test_registry_malformed_date_is_refused(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("*\t安监局\t安全生产监督管理局\t2019/01/01\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="not a YYYY-MM-DD date"):
        read_aliases(bad)
