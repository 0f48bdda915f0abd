"""One clock for the whole app, so tests and code agree on 'now'."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
