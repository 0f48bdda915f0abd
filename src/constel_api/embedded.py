"""Embedded PostgreSQL (the ``pgserver`` wheel) so ``make run`` needs no database server."""

from __future__ import annotations

import logging
import re
import warnings
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

_servers: dict[Path, Any] = {}
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def embedded_database_url(data_dir: Path, database: str = "constel") -> str:
    """Start (or reuse) the embedded server under ``data_dir`` and return an asyncpg URL."""
    if not _IDENTIFIER.match(database):
        raise ValueError(f"invalid database name: {database!r}")

    data_dir = data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    if data_dir not in _servers:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR
            import pgserver

            # "stop": the server stops when the last process using it exits.
            server = pgserver.get_server(  # type: ignore[attr-defined]
                str(data_dir), cleanup_mode="stop"
            )
        _servers[data_dir] = server
        logger.info("embedded postgresql ready", extra={"data_dir": str(data_dir)})
    server = _servers[data_dir]
    # The name is a checked identifier, so interpolating it is safe.
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{database}';")  # noqa: S608
    if "1 row" not in exists:
        server.psql(f'CREATE DATABASE "{database}";')
    return f"postgresql+asyncpg://postgres:@/{database}?host={data_dir}"
