"""The OpenAPI pages, /docs (Swagger UI) and /redoc, with their files served by the app itself.

FastAPI's own pages load Swagger UI, Redoc and fonts from public CDNs: blank on a network that
reaches nothing else. These load the copies the fastapi-offline package ships (``/assets/…``).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)
TITLE = "Minutes KG API"
# Redoc draws its maker's logo from their CDN whatever its options say: the browser is told to
# load nothing from another host, so the page stays quiet on a closed network.
SAME_HOST_ONLY = {"Content-Security-Policy": "default-src 'self' 'unsafe-inline' data: blob:"}
# The pages' web font, for the Chinese in examples and descriptions (see viz/static/api-docs.css).
FONT_CSS = b'<link rel="stylesheet" href="/assets/api-docs.css">\n</head>'


def _served(page: HTMLResponse) -> HTMLResponse:
    """``page`` with the web font's stylesheet, refusing anything from another host."""
    body = bytes(page.body).replace(b"</head>", FONT_CSS, 1)
    return HTMLResponse(body, headers=SAME_HOST_ONLY)


@router.get("/docs", response_class=HTMLResponse)
def swagger_ui(request: Request) -> HTMLResponse:
    """Swagger UI: every operation, with a form to try it."""
    page = get_swagger_ui_html(
        openapi_url=request.app.openapi_url, title=TITLE,
        swagger_js_url="/assets/swagger-ui-bundle.js", swagger_css_url="/assets/swagger-ui.css",
        swagger_favicon_url="/assets/favicon.png",
        # The validator badge would ask validator.swagger.io about the schema.
        swagger_ui_parameters={"validatorUrl": None},
    )  # fmt: skip
    return _served(page)


@router.get("/redoc", response_class=HTMLResponse)
def redoc(request: Request) -> HTMLResponse:
    """Redoc: the same operations as one long page."""
    page = get_redoc_html(openapi_url=request.app.openapi_url, title=TITLE,
                          redoc_js_url="/assets/redoc.standalone.js",
                          redoc_favicon_url="/assets/favicon.png", with_google_fonts=False)  # fmt: skip
    return _served(page)
