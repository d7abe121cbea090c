"""The pages' templates (``viz/templates``, autoescaped), shared by every router that answers HTML."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import Response
from fastapi.templating import Jinja2Templates

from viz.render import environment

templates = Jinja2Templates(env=environment())


def render(request: Request, name: str, status: int = 200, **values: Any) -> Response:
    """Return the template ``name`` filled with ``values`` (and the page's ``as_of``, if any)."""
    values.setdefault("as_of", request.query_params.get("as_of") or None)
    return templates.TemplateResponse(request, name, values, status_code=status)
