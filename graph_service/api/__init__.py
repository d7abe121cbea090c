"""The HTTP API (FastAPI): JSON under /api, OpenAPI at /docs, the pages, and their errors."""
