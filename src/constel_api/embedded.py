"""Embedded PostgreSQL (the ``pgserver`` wheel) so ``make run`` needs no database server.

The server is shared by every process that asked for it (pgserver keeps their pids in
``.handle_pids.json``) and stopped when the last one exits. Two things pgserver leaves
to us: a process killed without running ``atexit`` (SIGKILL, SIGTERM without a handler)
leaves its pid behind, so the server would never stop; we drop dead pids before joining,
so a stale server is taken over and stopped by us. And ``watch_parent_exit`` starts a
small watchdog that stops the server if the process dies without cleaning up.
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

_servers: dict[Path, Any] = {}
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
HANDLE_FILE = ".handle_pids.json"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def drop_dead_handles(data_dir: Path) -> list[int]:
    """Remove the pids of processes that died without releasing the server; return them."""
    handles = data_dir / HANDLE_FILE
    try:
        pids = [int(p) for p in json.loads(handles.read_text())]
    except (FileNotFoundError, ValueError, TypeError):
        return []
    dead = [pid for pid in pids if not _pid_alive(pid)]
    if dead:
        handles.write_text(json.dumps([pid for pid in pids if pid not in dead]))
        logger.info("embedded postgresql: dropped stale handles", extra={"pids": dead})
    return dead


def _pgserver_lock() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR
        from pgserver.postgres_server import PostgresServer
    return PostgresServer._lock


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

            with _pgserver_lock():
                drop_dead_handles(data_dir)
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


def watch_parent_exit(data_dir: Path) -> subprocess.Popen[bytes]:
    """Start a watchdog that stops the embedded server if this process dies uncleanly."""
    return subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "constel_api.embedded_watchdog", str(os.getpid()),
         str(data_dir.resolve())],
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # survives a Ctrl-C sent to the terminal's process group
    )
