"""Write the reader fixtures under tests/data/readers/ (run by hand; the output is committed).

Usage: python tests/data/tools/make_reader_fixtures.py

Needs fpdf2, pillow and python-docx, and a Chinese TrueType font (WenQuanYi Zen Hei, Debian
package fonts-wqy-zenhei) for the PDFs. The pages imitate district portals: navigation,
breadcrumbs, an 索引号 metadata table, 上一篇/下一篇 links and a 主办单位/ICP footer around the
minutes; the PDF cuts a sentence and a bureau name (区商务委) across a page break.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from fpdf import FPDF
from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "readers"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")

NEWS_BODY = (
    "4月24日下午，区长侯继军主持召开区政府第73次常务会议，传达学习了市政府第163次常务会议精神，"
    "听取了区应急局关于制定《长宁区关于开展电动自行车安全治理攻坚行动工作方案》情况的汇报，"
    "研究了区政府重点投资项目建设推进等事项。会议指出，各相关部门要按照“四管四必须”要求，"
    "压实责任、强化担当。"
)

PORTAL_NEWS = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="SiteName" content="上海市长宁区人民政府">
<meta name="ArticleTitle" content="区政府召开第73次常务会议">
<meta name="PubDate" content="2024-04-26 17:30">
<title>区政府召开第73次常务会议_上海市长宁区人民政府</title>
<style>.nav li {{ float: left; }} body {{ font-family: sans-serif; }}</style>
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
</head><body>
<div class="top-bar">无障碍浏览 | 长者模式 | 登录</div>
<div class="header"><img src="logo.png" alt="上海长宁"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/hdjl">互动交流</a></li><li><a href="/bsfw">办事服务</a></li></ul>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a>
 &gt; 政府常务会议</div>
<div class="main">
 <table class="xxgk-meta">
  <tr><td>索引号：</td><td>SY0000000000/2024-00123</td><td>发布机构：</td><td>长宁区人民政府办公室</td></tr>
  <tr><td>主题分类：</td><td>综合政务</td><td>发布日期：</td><td>2024-04-26</td></tr>
 </table>
 <h1>区政府召开第73次常务会议</h1>
 <div class="info">发布时间：2024-04-26 来源：区政府办公室 【字号：大 中 小】</div>
 <div id="zoom" class="TRS_Editor"><p style="text-indent:2em">{NEWS_BODY}</p></div>
 <div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
 <div class="page-links"><p>上一篇：<a href="/a/72.html">区政府召开第72次常务会议</a></p>
 <p>下一篇：<a href="/a/74.html">区政府召开第74次常务会议</a></p></div>
</div>
<div class="footer"><p>主办单位：上海市长宁区人民政府办公室</p>
<p>网站标识码：3101050001 沪ICP备05001234号-1 沪公网安备31010502000123号</p></div>
<script src="/js/stat.js"></script>
</body></html>
"""

NESTED_PARAGRAPHS = (
    "2024年3月15日上午，县长王明主持召开县政府第32次常务会议。",
    "会议听取县教育局关于《某某县2024年义务教育学校布局调整实施方案（送审稿）》情况的汇报。"
    "会议原则同意该方案。会议要求，县教育局要会同县财政局、县自然资源局，抓紧完善方案，"
    "确保秋季学期顺利实施。",
    "会议听取县应急管理局关于2024年一季度安全生产形势的汇报。县消防救援大队补充汇报。"
    "会议强调，各乡镇、各部门要压紧压实安全生产责任。",
    "会议还研究了其他事项。",
)

PORTAL_NESTED = (
    """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>某某县人民政府第32次常务会议纪要</title></head>
<body><div id="wrapper">
<div class="menu"><a href="/">网站首页</a> <a href="/xxgk">信息公开</a></div>
<div id="position">您的位置：首页 &gt;&gt; 常务会议</div>
<div class="con_box"><div class="con_left"><ul class="xxgk_list">
<li>索引号：11530000/2024-0032</li><li>发文机构：某某县人民政府办公室</li>
<li>成文日期：2024-03-15</li><li>公开方式：主动公开</li></ul>
<div class="con_title">某某县人民政府第32次常务会议纪要</div>
<div class="con_time">发布时间：2024-03-18&nbsp;&nbsp;浏览次数：231</div>
<div class="con_text"><div><div style="line-height:2">
"""
    + "<br>\n".join("\u3000\u3000" + p for p in NESTED_PARAGRAPHS)
    + """<br>
</div></div></div></div>
<div class="con_right"><div class="hot">热点信息<ul>
<li><a href="/1.html">县政府召开第31次常务会议</a></li>
<li><a href="/2.html">全县春季森林防火工作会议召开</a></li></ul></div></div></div>
<div class="bottom">主办单位：某某县人民政府办公室 地址：某某县人民路1号 网站标识码：5301000001<br>
滇ICP备12345678号</div></div></body></html>
"""
)

MIRROR_PARAGRAPH = (
    "會議聽取區(qū)應(yīng)急管理局關於制定《長寧區關於開展電動自行車安全治理攻堅行動工作方案》"
    "情況的彙報。會議指出，各相關部門要推進政府和社會資本合作(PPP)項目，壓實責任。"
)

PORTAL_MIRROR = f"""<!doctype html><html><head><meta charset="utf-8">
<meta property="og:site_name" content="長寧區政府資訊鏡像">
<meta property="article:published_time" content="2024-04-27T09:00:00+08:00">
<title>區政府召開第73次常務會議 - 長寧區政府資訊鏡像</title></head><body>
<header><a href="/">首頁</a> | <a href="/news">新聞</a></header>
<article><h1>區政府召開第73次常務會議</h1><section class="entry">
<p>{MIRROR_PARAGRAPH}</p></section></article>
<aside><h3>熱門文章</h3><ul><li><a href="/x">某某新聞</a></li></ul></aside>
<footer>版權所有 © 2024 長寧區政府資訊鏡像</footer></body></html>
"""

PDF_PARAGRAPHS = (
    "区政府常务会议纪要",
    "2024年4月24日下午，区长侯继军主持召开区政府第73次常务会议。",
    "会议听取区投促办关于 2024 年一季度招商引资工作完成情况的汇报。会议指出，要把握形势，"
    "迎难而上，聚焦短板弱项，推动投促工作提质增效，全力做好安商稳商工作，加强企业联系服务，"
    "增强企业粘性，稳固存量，同时推动存量之中育增量，由区商务委牵头做好重点企业走访工作。",
    "会议听取区应急局关于制定《长宁区关于开展电动自行车安全治理攻坚行动工作方案》情况的汇报。"
    "会议指出，各相关部门要按照“四管四必须”要求，尽快细化本部门的工作方案。",
)
LINE_CHARS = 30


def main() -> None:
    """Write every fixture."""
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "portal_news.html").write_text(PORTAL_NEWS, encoding="utf-8")
    (OUT / "portal_nested_gbk.html").write_bytes(PORTAL_NESTED.encode("gbk"))
    (OUT / "portal_mirror.html").write_text(PORTAL_MIRROR, encoding="utf-8")
    # Big5 has no letters with tone marks, so its copy is the page without the pinyin.
    big5 = PORTAL_MIRROR.replace('charset="utf-8"', 'charset="big5"')
    big5 = big5.replace("(qū)", "").replace("(yīng)", "").replace("©", "")
    (OUT / "portal_mirror_big5.html").write_bytes(big5.encode("cp950"))
    pdf = minutes_pdf()
    (OUT / "minutes.pdf").write_bytes(pdf)
    (OUT / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (OUT / "image_only.pdf").write_bytes(image_only_pdf())
    (OUT / "scan.png").write_bytes(scan_png())
    (OUT / "minutes.docx").write_bytes(minutes_docx())


def pdf_lines() -> list[list[str]]:
    """Return the visual lines of each page; page 1 ends inside the name 区商务委."""
    text = "\n".join(
        "\u3000\u3000" + paragraph if paragraph.endswith("。") else paragraph
        for paragraph in PDF_PARAGRAPHS
    )
    cut = text.index("区商务委") + 2
    return [_wrap(text[:cut]), _wrap(text[cut:])]


def _wrap(text: str) -> list[str]:
    return [
        line[i : i + LINE_CHARS]
        for line in text.split("\n")
        for i in range(0, len(line), LINE_CHARS)
    ]


def minutes_pdf() -> bytes:
    """A two-page PDF with a text layer, page numbers (— 1 —) in the footer."""
    pdf = FPDF(format="A4")
    pdf.add_font("zenhei", fname=str(FONT))
    pages = pdf_lines()
    for number, lines in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font("zenhei", size=14)
        for line in lines:
            pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-25)
        pdf.cell(0, 10, f"— {number} —", align="C")
    return bytes(pdf.output())


def scan_png() -> bytes:
    """A small image of a page of text: no text layer anywhere."""
    image = Image.new("L", (200, 120), color=255)
    draw = ImageDraw.Draw(image)
    for y in range(15, 110, 12):
        draw.line((15, y, 185, y), fill=0, width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    """A scanned-looking PDF: one page holding one image and no text."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(scan_png()), x=10, y=10, w=190)
    return bytes(pdf.output())


def minutes_docx() -> bytes:
    """A DOCX with paragraphs and an attendance table (one merged cell)."""
    document = docx.Document()
    document.add_paragraph("区政府常务会议纪要")
    document.add_paragraph("长府会议纪要〔2024〕13号")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "出席"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "侯继军、王岚"
    table.cell(1, 0).text = "列席"
    table.cell(1, 1).text = "区府办"
    table.cell(1, 2).text = "区应急局"
    document.add_paragraph(
        "会议听取区应急局关于制定《长宁区关于开展电动自行车安全治理攻坚行动工作方案》情况的汇报。"
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


if __name__ == "__main__":
    main()
