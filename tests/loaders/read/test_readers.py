"""Readers: format from the bytes, encoding detected, portal boilerplate dropped, PDF and DOCX
text, clear errors for what holds no text, bounded memory and speed on large files."""

from __future__ import annotations

import hashlib
import io
import os
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from loaders.errors import UnreadableFileError
from loaders.extract.minutes import extract
from loaders.read.html import read_html
from loaders.read.readers import read_bytes, read_document

DATA = Path(__file__).resolve().parents[2] / "data" / "readers"
SENTENCES = (
    "会议听取区应急局关于制定《长宁区关于开展电动自行车安全治理攻坚行动工作方案》情况的汇报。",
    "会议指出，各相关部门要按照“四管四必须”要求，尽快细化本部门的工作方案。",
    "区体育局、区民政局补充汇报。",
)
TRADITIONAL = (
    "會議聽取區應急局關於制定《長寧區關於開展電動自行車安全治理攻堅行動工作方案》情況的彙報。",
    "會議指出，各相關部門要按照「四管四必須」要求，儘快細化本部門的工作方案。",
    "區體育局、區民政局補充彙報。",
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("encoded", "codec"),
    [
        ("".join(SENTENCES).encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + "".join(SENTENCES).encode("utf-8"), "utf-8-sig"),
        ("".join(SENTENCES).encode("gbk"), "gb18030"),
        ("".join(SENTENCES).encode("gb18030"), "gb18030"),
    ],
)
def test_read_document_decodes_simplified_minutes(tmp_path, encoded, codec):
    doc = read_document(write(tmp_path, "minutes.txt", encoded))
    assert (doc.format, doc.encoding, doc.text) == ("text", codec, "".join(SENTENCES))


@pytest.mark.parametrize("sentence", SENTENCES)
def test_read_document_never_reads_gbk_sentence_as_mojibake(tmp_path, sentence):
    doc = read_document(write(tmp_path, "one.txt", sentence.encode("gbk")))
    assert doc.text == sentence


@pytest.mark.parametrize("sentence", TRADITIONAL)
def test_read_document_never_reads_big5_sentence_as_gbk(tmp_path, sentence):
    doc = read_document(write(tmp_path, "one.txt", sentence.encode("big5")))
    assert (doc.encoding, doc.text) == ("cp950", sentence)


def test_read_document_big5_has_simplified_twin(tmp_path):
    doc = read_document(write(tmp_path, "big5.txt", "".join(TRADITIONAL).encode("big5")))
    assert doc.simplified.startswith("会议听取区应急局关于制定《长宁区关于开展电动自行车")


def test_read_document_keeps_utf8_with_a_stray_byte_and_warns(tmp_path):
    data = "".join(SENTENCES).encode() + b"\xff" + "会议还研究了其他事项。".encode()
    doc = read_document(write(tmp_path, "stray.txt", data))
    assert doc.encoding == "utf-8"
    assert doc.text.endswith("\ufffd会议还研究了其他事项。")
    assert "replaced" in doc.warnings[0]


def test_read_document_hashes_the_raw_bytes(tmp_path):
    data = "\r\n".join(SENTENCES).encode("gbk")
    doc = read_document(write(tmp_path, "minutes.txt", data))
    assert doc.doc == hashlib.sha256(data).hexdigest()


def test_read_bytes_matches_read_document(tmp_path):
    path = DATA / "portal_news.html"
    assert read_bytes(path.read_bytes(), str(path)) == read_document(path)


def test_read_document_of_a_docx_past_the_sample_matches_its_bytes(tmp_path):
    packed = io.BytesIO()
    with zipfile.ZipFile(DATA / "minutes.docx") as source, zipfile.ZipFile(packed, "w") as copy:
        for item in source.infolist():
            copy.writestr(item, source.read(item))
        copy.writestr("word/media/image1.bin", os.urandom(300_000))  # stored past the sample
    path = write(tmp_path, "big.docx", packed.getvalue())
    assert read_document(path) == read_bytes(packed.getvalue(), str(path))


def test_read_document_tells_format_from_bytes_not_name(tmp_path):
    path = write(tmp_path, "minutes.txt", (DATA / "minutes.pdf").read_bytes())
    assert read_document(path).format == "pdf"


def test_read_document_news_page_drops_portal_boilerplate():
    text = read_document(DATA / "portal_news.html").text
    for junk in (
        "首页",
        "当前位置",
        "索引号",
        "主题分类",
        "上一篇",
        "下一篇",
        "主办单位",
        "ICP",
        "统计",
    ):
        assert junk not in text


def test_read_document_news_page_keeps_headline_and_release_paragraph():
    paragraphs = read_document(DATA / "portal_news.html").text.split("\n\n")
    assert paragraphs[0] == "区政府召开第73次常务会议"
    assert paragraphs[1].startswith("4月24日下午，区长侯继军主持召开区政府第73次常务会议")
    assert len(paragraphs) == 2


def test_read_document_news_page_has_date_and_portal():
    doc = read_document(DATA / "portal_news.html")
    assert (doc.published, doc.portal) == ("2024-04-26", "上海市长宁区人民政府")


@pytest.mark.parametrize("label", ["<td>索引号：</td>", "<td>索引</td><td>号：</td>"])
def test_read_html_drops_a_metadata_table_inside_the_minutes_block(label):
    page = (
        f"<html><body><div><table><tr>{label}<td>123</td><td>发布机构：</td><td>区政府办公室</td>"
        "</tr></table><p>会议听取区应急局的汇报。</p></div></body></html>"
    )
    assert read_html(page).text == "会议听取区应急局的汇报。"


def test_read_document_nested_div_page_keeps_br_paragraphs():
    doc = read_document(DATA / "portal_nested_gbk.html")
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[1] == "2024年3月15日上午，县长王明主持召开县政府第32次常务会议。"
    assert paragraphs[-1] == "会议还研究了其他事项。"
    assert len(paragraphs) == 5
    assert not any(junk in doc.text for junk in ("索引号", "热点信息", "您的位置", "ICP", "浏览"))


def test_read_document_nested_div_page_dates_publication_not_drafting():
    doc = read_document(DATA / "portal_nested_gbk.html")
    assert (doc.encoding, doc.published, doc.portal) == (
        "gb18030",
        "2024-03-18",
        "某某县人民政府办公室",
    )


def test_read_document_mirror_page_loses_pinyin_keeps_acronym():
    doc = read_document(DATA / "portal_mirror.html")
    assert "會議聽取區應急管理局關於制定" in doc.text
    assert "（PPP）" in doc.text
    assert "区应急管理局" in doc.simplified


def test_read_document_big5_page_uses_declared_charset():
    doc = read_document(DATA / "portal_mirror_big5.html")
    assert (doc.encoding, doc.published, doc.portal) == (
        "cp950",
        "2024-04-27",
        "長寧區政府資訊鏡像",
    )
    assert "熱門文章" not in doc.text


def test_read_document_pdf_repairs_name_cut_by_page_break():
    doc = read_document(DATA / "minutes.pdf")
    assert "由区商务委牵头做好重点企业走访工作。" in doc.text
    assert "— 1 —" not in doc.text


def test_read_document_pdf_removes_stray_spaces_and_keeps_paragraphs():
    paragraphs = read_document(DATA / "minutes.pdf").text.split("\n\n")
    assert paragraphs[0] == "区政府常务会议纪要"
    assert paragraphs[2].startswith("会议听取区投促办关于2024年一季度招商引资工作完成情况的汇报。")
    assert len(paragraphs) == 4


def test_read_document_image_only_pdf_says_run_ocr():
    with pytest.raises(UnreadableFileError, match=r"no text layer.*run OCR"):
        read_document(DATA / "image_only.pdf")


def test_read_document_encrypted_pdf_asks_for_the_password_to_be_removed():
    with pytest.raises(UnreadableFileError, match=r"encrypted\.pdf: encrypted PDF"):
        read_document(DATA / "encrypted.pdf")


def test_read_document_truncated_pdf_says_truncated():
    with pytest.raises(UnreadableFileError, match="truncated"):
        read_document(DATA / "truncated.pdf")


def test_read_document_docx_reads_paragraphs_and_cells_once():
    paragraphs = read_document(DATA / "minutes.docx").text.split("\n\n")
    assert paragraphs == [
        "区政府常务会议纪要",
        "长府会议纪要〔2024〕13号",
        "出席",
        "侯继军、王岚",
        "列席",
        "区府办",
        "区应急局",
        SENTENCES[0],
    ]


def test_read_bytes_zip_without_word_part_is_not_docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("minutes.txt", "会议纪要")
    with pytest.raises(UnreadableFileError, match=r"upload\.zip: .*not a \.docx"):
        read_bytes(buffer.getvalue(), "upload.zip")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \r\n\t\n", "empty"),
        ((DATA / "scan.png").read_bytes(), "PNG image.*OCR"),
        (os.urandom(4096) + b"\x00", "binary"),
        ("。，、——……\n\n；：".encode(), "no readable text"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, r"legacy Word \.doc"),
    ],
)
def test_read_document_refuses_files_without_text(tmp_path, data, reason):
    path = write(tmp_path, "upload.txt", data)
    with pytest.raises(UnreadableFileError, match=f"^{path}: .*{reason}"):
        read_document(path)


def test_read_document_control_characters_are_binary(tmp_path):
    path = write(tmp_path, "noise.txt", bytes(range(1, 32)) * 100)
    with pytest.raises(UnreadableFileError, match="binary"):
        read_document(path)


def test_read_document_missing_file_names_it(tmp_path):
    with pytest.raises(UnreadableFileError, match=r"missing\.txt: cannot read"):
        read_document(tmp_path / "missing.txt")


def big_minutes(tmp_path: Path, megabytes: int) -> Path:
    block = (
        "\n\n".join([*SENTENCES, "会议指出，要提高思想认识，全\n\n区上下要压实责任。", "— 2 —"])
        + "\n\n"
    )
    data = block.encode("utf-8")
    path = tmp_path / "big.txt"
    with path.open("wb") as file:
        for _ in range(megabytes * 2**20 // len(data)):
            file.write(data)
    return path


def test_read_document_large_file_peak_memory_is_bounded(tmp_path):
    path = big_minutes(tmp_path, 2)  # 0.7 million characters: under the reader's limit
    tracemalloc.start()
    try:
        doc = read_document(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "全区上下要压实责任" in doc.text[:2000]
    assert peak < 6 * path.stat().st_size


@pytest.mark.parametrize(
    ("issue_line", "published"),
    [
        ("2023-03-09 上一篇 下一篇 放大 缩小", "2023-03-09"),
        ("某某日报 2023年03月09日 第2版 上一版 下一版", "2023-03-09"),
        ("2023年3月9日 A03版", "2023-03-09"),
        ("<span>2023年03月09日</span> <a>往期回顾</a> <a>版面导航</a>", "2023-03-09"),
    ],
)
def test_read_document_epaper_issue_line_dates_the_page(tmp_path, issue_line, published):
    page = tmp_path / "epaper.html"
    page.write_text(
        f"<html><body><div class='paper'>{issue_line}</div><div class='content'>"
        "<p>本报讯 3月8日，区长李四主持召开区政府常务会议，听取区教育局关于校舍改造的汇报。</p>"
        "<p>会议要求各街道要抓好落实。</p></div></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert (doc.published, extract(doc).meeting.date) == (published, "2023-03-08")


def test_read_document_date_in_a_sentence_before_next_article_is_not_the_issue():
    page = (
        "<html><body><p>会议定于2023年3月9日召开。</p><p>下一篇：某区召开防汛会议</p></body></html>"
    )
    assert read_html(page, "a.html").published is None


def test_read_html_page_s_listed_doc_number_is_kept_when_its_table_is_dropped(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><ul><li>索引号：0001-2023-39</li><li>发文机构：区政府办</li>"
        "<li>发文字号：长府会议纪要〔2023〕 39号</li></ul>"
        "<div><p>3月5日，区长王明主持召开区政府第12次常务会议。会议听取区应急局的汇报。</p></div>"
        "</body></html>",
        encoding="utf-8",
    )
    document = read_document(page)
    assert (document.doc_number, "发文字号" in document.text) == ("长府会议纪要〔2023〕39号", False)


_BODY = "<div class='content'><p>7月1日，县长王明主持召开县政府第5次常务会议，听取县财政局的汇报。</p></div>"


@pytest.mark.parametrize(
    ("furniture", "portal"),
    [
        ("<title>甲乙县人民政府</title>", "甲乙县人民政府"),
        ("<div class='banner'>某市甲乙县人民政府</div>", "某市甲乙县人民政府"),
        ("<div class='crumb'>当前位置:首页&gt;甲乙县人民政府&gt;会议信息</div>", "甲乙县人民政府"),
        ("<div class='info'>发布时间:2022-11-18 来源:甲乙县政府办 字体:大</div>", "甲乙县政府办"),
        ("<div class='footer'>中共甲乙县委 、甲乙县人民政府主办</div>", "甲乙县人民政府"),
        ("<div class='footer'>甲乙县人民政府办公室主办</div>", "甲乙县人民政府办公室"),
    ],
)
def test_read_html_government_named_in_the_page_furniture_is_the_portal(furniture, portal):
    assert read_html(f"<html><body>{furniture}{_BODY}</body></html>").portal == portal


def test_read_html_government_in_a_friends_links_list_is_no_portal():
    html = f"<html><body>{_BODY}<div class='links'>友情链接：甲乙县人民政府 丙丁县人民政府</div></body></html>"
    assert read_html(html).portal is None
