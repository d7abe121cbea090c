# The Minutes KG API: `minutes-kg serve` on port 8000. The store comes from the settings
# (MKG_STORE, NEO4J_URI, …; see the README); docker-compose.yml runs it beside Neo4j.
FROM python:3.12-slim

# The embedded FalkorDB module (MKG_STORE=falkordb) links against libgomp.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libgomp1 \
    && rm -rf /var/lib/apt/lists/*

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    MKG_DATA_DIR=/data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY loaders loaders
COPY graph_service graph_service
COPY viz viz
COPY cypher cypher
# Editable, so the named Cypher files are found in /app/cypher beside the package.
RUN pip install -e .

RUN useradd --create-home --uid 10001 mkg && mkdir -p /data && chown mkg /data
USER mkg
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=5 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)"]
CMD ["minutes-kg", "serve", "--host", "0.0.0.0", "--port", "8000"]
