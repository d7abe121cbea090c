"""Chinese text is drawn with the web font the server serves, never as empty boxes (tofu).

The machine the tests run on may have no Chinese font at all (a fresh Debian with Chromium has
none), or may have one: either way these tests ask Chromium which font drew each glyph
(``CSS.getPlatformFontsForNode``), so they pass only when the served Noto Sans SC drew them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from page_data import INVESTMENT, MEETING, SPORTS, load_page_data, page_url
from serving import served

from graph_service.api.app import create_app
from graph_service.settings import Settings
from graph_service.stores.falkor import FalkorStore

pytestmark = pytest.mark.browser

WEB_FONT = "Noto Sans SC"
PAGES = ["/", "/?q=应急", page_url("nodes", SPORTS), page_url("initiatives", INVESTMENT),
         page_url("graph", MEETING), page_url("meetings", MEETING), "/cypher", "/followups",
         "/review", "/nodes/no-such-node", "/analytics", "/meetings?ordinal=73",
         "/path?from=区体育局&to=区民政局"]  # fmt: skip
CHINESE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
# Records each caption drawn on a canvas with the font it asked for and whether that font was
# loaded then: a canvas keeps what it drew first, so a caption drawn before the font came stays
# in boxes.
RECORD_CANVAS_TEXT = """
window.__drawn = [];
const fill = CanvasRenderingContext2D.prototype.fillText;
CanvasRenderingContext2D.prototype.fillText = function (text, x, y, width) {
  if (/[\\u4e00-\\u9fff]/.test(String(text)))
    window.__drawn.push([String(text), this.font, document.fonts.check(this.font, String(text))]);
  return fill.apply(this, arguments);
};
"""


@pytest.fixture(scope="module")
def server(falkor_store: FalkorStore) -> Iterator[str]:
    """The base URL of the app served by uvicorn on a free loopback port, holding page data."""
    app = create_app(Settings(data_dir=falkor_store.path.parent))
    with served(app) as base:
        load_page_data(app.state.store)
        yield base


def _fonts_used(tab, selector: str) -> list[dict]:
    """The fonts Chromium drew the text of ``selector``'s elements with (each with its glyphs)."""
    cdp = tab.context.new_cdp_session(tab)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    nodes = cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"]
    fonts = [font for node in nodes
             for font in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]]  # fmt: skip
    cdp.detach()
    return fonts


def _open(tab, url: str) -> None:
    tab.goto(url)
    tab.wait_for_load_state("networkidle")
    tab.evaluate("document.fonts.ready.then(() => true)")


def test_browser_every_page_asks_for_the_web_font_first(server, page):
    tab, _ = page
    families = {}
    for url in PAGES:
        _open(tab, server + url)
        families[url] = tab.evaluate(
            """() => ['body', 'h1', 'button', 'input'].map(s => document.querySelector(s))
                 .filter(Boolean).map(e => getComputedStyle(e).fontFamily)"""
        )
    assert {
        url: f for url, f in families.items() if not all(x.startswith(f'"{WEB_FONT}"') for x in f)
    } == {}


def test_browser_the_web_font_is_served_and_loaded(server, page):
    tab, log = page
    _open(tab, server + "/")
    loaded = tab.evaluate(
        f"""() => [...document.fonts].filter(f => f.family.replace(/"/g, '') === '{WEB_FONT}')
                 .map(f => f.status)"""
    )
    assert loaded == ["loaded"]
    assert [url for url in log.requests if url.endswith(".woff2")] == [
        server + "/assets/fonts/NotoSansSC-GB2312.woff2"
    ]
    assert tab.evaluate(f"document.fonts.check('16px \"{WEB_FONT}\"', '区应急管理局')")


def test_browser_chinese_text_on_every_page_is_drawn_with_the_web_font(server, page):
    tab, _ = page
    elsewhere = {}
    for url in PAGES:
        _open(tab, server + url)
        for selector in ("h1", "header .brand", "header nav a"):
            fonts = _fonts_used(tab, selector)
            others = [f for f in fonts if not (f["familyName"] == WEB_FONT and f["isCustomFont"])]
            if not fonts or others:
                elsewhere[f"{url} {selector}"] = fonts
    assert elsewhere == {}


def test_browser_every_sentence_of_the_meeting_page_has_its_glyphs(server, page):
    tab, _ = page
    _open(tab, server + page_url("meetings", MEETING))
    text = tab.locator("main").inner_text()
    fonts = _fonts_used(tab, "main, main *")
    custom = sum(f["glyphCount"] for f in fonts if f["isCustomFont"])
    others = [f for f in fonts if not f["isCustomFont"]]
    # Every Chinese character of the minutes and its facts comes from the web font; the
    # system's fonts may draw only what is not Chinese (none is needed: the font has ASCII too).
    assert len(CHINESE.findall(text)) > 500
    assert custom >= len(CHINESE.findall(text)) and others == []


def test_browser_graph_captions_are_drawn_after_the_web_font_loaded(server, page):
    tab, _ = page
    tab.add_init_script(RECORD_CANVAS_TEXT)
    tab.goto(server + page_url("graph", MEETING))
    tab.wait_for_selector(".g-canvas[data-ready=true]", timeout=30_000)
    tab.wait_for_function("window.__drawn.length > 0")
    drawn = tab.evaluate("window.__drawn")
    assert {font for _, font, _ in drawn} and all(WEB_FONT in font for _, font, _ in drawn)
    assert [text for text, _, loaded in drawn if not loaded] == []


def test_browser_api_reference_pages_use_the_web_font(server, page):
    tab, _ = page
    shown = {}
    for url, selector in (("/docs", ".opblock-summary-description"), ("/redoc", "h2")):
        tab.goto(server + url)
        tab.wait_for_selector(selector, timeout=30_000)
        tab.evaluate("document.fonts.ready.then(() => true)")
        shown[url] = tab.evaluate(
            f"""() => [getComputedStyle(document.querySelector('{selector}')).fontFamily,
                       [...document.fonts].filter(f => f.family.replace(/"/g, '') === '{WEB_FONT}')
                         .map(f => f.status).join()]"""
        )
    assert {
        url: v
        for url, v in shown.items()
        if not v[0].startswith(f'"{WEB_FONT}"') or v[1] != "loaded"
    } == {}


# A textarea draws its text in a shadow tree that the fonts query cannot reach: a probe with the
# textarea's font and text stands in for it.
PROBE = """sel => { const box = document.querySelector(sel), probe = document.createElement('div');
  probe.id = 'font-probe'; probe.style.font = getComputedStyle(box).font;
  probe.textContent = box.value; document.body.append(probe); return box.value; }"""


@pytest.mark.parametrize(("url", "selector"), [(page_url("nodes", SPORTS), "code"),
                                               ("/cypher", "#params")])  # fmt: skip
def test_browser_chinese_in_monospace_text_is_drawn_with_the_web_font(server, page, url, selector):
    tab, _ = page
    _open(tab, server + url)
    if selector == "#params":
        text, selector = tab.evaluate(PROBE, selector), "#font-probe"
    else:
        text = tab.locator(selector).first.inner_text()
    fonts = _fonts_used(tab, selector)
    custom = sum(
        f["glyphCount"] for f in fonts if f["familyName"] == WEB_FONT and f["isCustomFont"]
    )
    assert CHINESE.findall(text) and custom >= len(CHINESE.findall(text))
