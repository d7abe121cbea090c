"""The page templates (Jinja2, autoescaped) and the static files the pages load.

Every file a page loads comes from the app itself: the templates' CSS, scripts and web font under
``viz/static``, the vis-network bundle that the pyvis package ships and the Swagger UI and Redoc
files that the fastapi-offline package ships, so the pages work on a network that reaches nothing
else, and read on a machine with no Chinese font.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, select_autoescape

from graph_service.pages.text import sentence_key
from viz.network import vis_view
from viz.style import (
    EDGE_STYLES,
    ERROR_NAMES,
    KIND_NAMES,
    NODE_STYLES,
    PROP_NAMES,
    ROLE_NAMES,
    edge_caption,
    prop_value,
    style_table,
)
from viz.words import chinese

VIS_VERSION = "9.1.2"
WEB_FONT = "NotoSansSC-GB2312.woff2"
_STATIC = {"site.css": "text/css", "graph.js": "text/javascript",
           "console.js": "text/javascript", "as_of.js": "text/javascript",
           "review.js": "text/javascript", f"fonts/{WEB_FONT}": "font/woff2",
           "api-docs.css": "text/css"}  # fmt: skip
_VENDOR = {"vis-network.min.js": "text/javascript", "vis-network.css": "text/css"}
# Swagger UI and Redoc for /docs and /redoc, as the fastapi-offline package ships them.
_API_DOCS = {"swagger-ui-bundle.js": "text/javascript", "swagger-ui.css": "text/css",
             "redoc.standalone.js": "text/javascript", "favicon.png": "image/png"}  # fmt: skip


def node_href(node_id: str, kind: str = "nodes") -> str:
    """Return the address of a node's page (``kind`` ``nodes``, ``graph`` or ``meetings``).

    >>> node_href("bureau:长宁区人民政府:区体育局")
    '/nodes/bureau%3A%E9%95%BF%E5%AE%81%E5%8C%BA%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%3A%E5%8C%BA%E4%BD%93%E8%82%B2%E5%B1%80'
    >>> node_href("meeting:x:1", "meetings")
    '/meetings/meeting%3Ax%3A1'
    """
    return f"/{kind}/{quote(node_id, safe='')}"


def export_links(node_id: str, depth: int, as_of: str | None = None) -> dict[str, str]:
    """Return where a graph view's export buttons download from: the server's one export.

    >>> export_links("a:b", 2)["graphml"]
    '/api/export?format=graphml&node=a%3Ab&depth=2'
    """
    query = {"node": node_id, "depth": depth} | ({"as_of": as_of} if as_of else {})
    return {fmt: f"/api/export?{urlencode({'format': fmt} | query)}" for fmt in ("graphml", "json")}


def json_text(value: Any) -> str:
    """Return ``value`` as JSON for people to read and edit: Chinese kept, not escaped.

    Only for text the template escapes (a form field); scripts get Jinja's ``tojson``.

    >>> json_text({"name": "区体育局"})
    '{"name": "区体育局"}'
    """
    return json.dumps(value, ensure_ascii=False)


def environment() -> Environment:
    """Return the template environment: autoescaping on for every template, helpers as globals."""
    env = Environment(
        loader=PackageLoader("viz", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(node_href=node_href, sentence_key=sentence_key, node_styles=NODE_STYLES,
                       edge_styles=EDGE_STYLES, kind_names=KIND_NAMES, role_names=ROLE_NAMES,
                       prop_names=PROP_NAMES, style_table=style_table(),
                       edge_caption=edge_caption, view_data=vis_view,
                       export_links=export_links, error_names=ERROR_NAMES)  # fmt: skip
    env.filters["json_text"] = json_text
    env.filters["chinese"] = chinese
    env.filters["prop_value"] = lambda value, key: prop_value(key, value)
    # tojson still escapes < > & ' for scripts; Chinese kept as is makes pages half the size.
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False}
    return env


def asset(name: str) -> tuple[Path, str] | None:
    """Return the file and media type of a static asset, or ``None`` for an unknown name.

    Only the listed names are served, so no path from a request reaches the file system.

    >>> asset("site.css")[1], asset("fonts/NotoSansSC-GB2312.woff2")[1], asset("../settings.py")
    ('text/css', 'font/woff2', None)
    """
    if name in _STATIC:
        return Path(str(resources.files("viz") / "static" / name)), _STATIC[name]
    if name in _VENDOR:
        bundle = resources.files("pyvis") / "lib" / f"vis-{VIS_VERSION}" / name
        return Path(str(bundle)), _VENDOR[name]
    if name in _API_DOCS:
        return Path(str(resources.files("fastapi_offline") / "static" / name)), _API_DOCS[name]
    return None
