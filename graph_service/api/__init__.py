"""The HTTP API (FastAPI): JSON under /api, OpenAPI at /docs."""
