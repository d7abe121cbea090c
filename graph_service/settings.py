"""The service's settings: one class, read from the environment, safe defaults.

An empty environment means the embedded FalkorDB store under ``./data``. Every field is listed in
the README's settings table (a test checks).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Settings of Minutes KG; environment variables start with ``MKG_`` except Neo4j's own."""

    model_config = SettingsConfigDict(env_prefix="MKG_", extra="ignore")

    store: Literal["falkordb", "neo4j"] = Field(
        "falkordb", description="Which graph store to use: the embedded FalkorDB or a Neo4j server."
    )
    data_dir: Path = Field(
        Path("data"),
        description="Folder of the embedded store's data: graph.db and its write log graph.db.aof.",
    )
    neo4j_uri: str = Field(
        "bolt://localhost:7687",
        validation_alias=AliasChoices("NEO4J_URI", "MKG_NEO4J_URI"),
        description="Neo4j server address (bolt://, neo4j://, neo4j+s:// for Aura or a cluster).",
    )
    neo4j_user: str = Field(
        "neo4j",
        validation_alias=AliasChoices("NEO4J_USER", "MKG_NEO4J_USER"),
        description="Neo4j user name.",
    )
    neo4j_password: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("NEO4J_PASSWORD", "MKG_NEO4J_PASSWORD"),
        description="Neo4j password; empty for a server without authentication.",
    )
    neo4j_database: str = Field(
        "neo4j",
        validation_alias=AliasChoices("NEO4J_DATABASE", "MKG_NEO4J_DATABASE"),
        description="Neo4j database name.",
    )
    api_key: SecretStr | None = Field(
        None,
        description="When set, every write (uploads, decisions) needs header X-API-Key with it.",
    )
    open_writes: bool = Field(
        False,
        description="Without an API key, let same-origin requests that send X-Requested-With "
        "write; writes are refused (403) otherwise.",
    )
    cypher_timeout_s: float = Field(
        5.0, gt=0, le=300, description="Time limit of an analyst Cypher query, in seconds."
    )
    cypher_slots: int = Field(
        2,
        ge=1,
        le=32,
        description="Analyst Cypher queries that run at once; one more is answered 429 with Retry-After.",
    )
    cypher_max_rows: int = Field(
        1000, gt=0, le=100_000, description="Row cap of an analyst Cypher query."
    )
    max_upload_mb: float = Field(
        20.0, gt=0, description="Largest file accepted by POST /api/documents, in megabytes."
    )
    max_request_mb: float = Field(
        100.0, gt=0, description="Largest request body accepted, all files together, in megabytes."
    )
    base_url: str = Field(
        "http://127.0.0.1:8000",
        description="Address the service is reached at, for the absolute links of Atom feeds.",
    )
    shutdown_grace_s: float = Field(
        10.0, gt=0, le=600, description="Seconds a stopping server waits for open requests."
    )
    registry: str = Field(
        "",
        description="Extra bureau-registry TSV files, separated by ':' (os.pathsep); later rows "
        "take precedence.",
    )
    answer_cache_mb: float = Field(
        64.0,
        ge=0,
        description="Megabytes of question answers each API process keeps, per graph version; 0 keeps none.",
    )
    cors_origins: list[str] = Field(
        default_factory=list,
        description="Origins allowed to call the API from a browser (JSON list); none by default.",
    )

    @field_validator("api_key", "neo4j_password", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        """An empty variable (``MKG_API_KEY=``, as compose files write) means not set."""
        return None if value == "" else value


def env_names() -> list[str]:
    """Return the environment variable of each settings field, in field order.

    Returns:
        The first alias of a field that has aliases (``NEO4J_URI``), else ``MKG_<NAME>``.

    >>> env_names()[:3]
    ['MKG_STORE', 'MKG_DATA_DIR', 'NEO4J_URI']
    """
    prefix = Settings.model_config.get("env_prefix", "")
    names = []
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        names.append(alias.choices[0] if isinstance(alias, AliasChoices) else prefix + name.upper())
    return [str(name) for name in names]
