"""The ceiling of the API benchmark: a minimal FastAPI app, served like the real one.

Each of its routes answers a constant, so its rate is what FastAPI, uvicorn and the load
generator can do on this machine at this moment; a route of the service is judged by its share.
"""

from __future__ import annotations

from fastapi import FastAPI


def create_app() -> FastAPI:
    """Return an app with one sync and one async route, both answering ``{"ok": true}``."""
    app = FastAPI()

    @app.get("/sync")
    def sync_route() -> dict[str, bool]:
        return {"ok": True}

    @app.get("/async")
    async def async_route() -> dict[str, bool]:
        return {"ok": True}

    return app
