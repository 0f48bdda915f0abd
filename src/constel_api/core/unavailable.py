"""Recognise "the database cannot be reached" among exceptions.

Such a failure is not a bug and not the client's fault: the API answers 503
``service_unavailable`` with ``Retry-After`` and logs one warning without a traceback,
and the same request succeeds once the database is back (the pool's pre-ping replaces
dead connections, no restart needed).
"""

from __future__ import annotations

import socket

import asyncpg  # type: ignore[import-untyped]
from sqlalchemy import exc as sa_exc

RETRY_AFTER_SECONDS = 5

# Class 08 (connection exception), operator intervention (57P01 admin shutdown,
# 57P02 crash shutdown, 57P03 cannot connect now), 53300 too many connections.
_UNAVAILABLE_SQLSTATES = {"57P01", "57P02", "57P03", "53300"}
_ASYNCPG_UNAVAILABLE: tuple[type[BaseException], ...] = (
    asyncpg.exceptions.ConnectionDoesNotExistError,
    asyncpg.exceptions.ConnectionFailureError,
    asyncpg.exceptions.CannotConnectNowError,
    asyncpg.exceptions.TooManyConnectionsError,
    asyncpg.exceptions.AdminShutdownError,
    asyncpg.exceptions.CrashShutdownError,
)


def _sqlstate(exc: BaseException) -> str | None:
    state = getattr(exc, "sqlstate", None) or getattr(exc, "pgcode", None)
    return state if isinstance(state, str) else None


def _one_is_unavailable(exc: BaseException) -> bool:
    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(exc, sa_exc.TimeoutError):  # no pooled connection freed in time
        return True
    if isinstance(exc, _ASYNCPG_UNAVAILABLE):
        return True
    if isinstance(exc, asyncpg.exceptions.InterfaceError) and "closed" in str(exc):
        return True  # "connection is closed": the server went away mid-request
    state = _sqlstate(exc)
    if state is not None and (state.startswith("08") or state in _UNAVAILABLE_SQLSTATES):
        return True
    # Refused, reset, timed out, the host name or the socket file missing: no server to
    # talk to. Only when raised by the driver: another OSError (a file) is a real bug.
    return isinstance(exc, OSError | TimeoutError) and _raised_by_driver(exc)


def _raised_by_driver(exc: BaseException) -> bool:
    if isinstance(exc, ConnectionError | socket.gaierror):
        return True
    tb = exc.__traceback__
    while tb is not None:
        if "asyncpg" in tb.tb_frame.f_code.co_filename:
            return True
        tb = tb.tb_next
    return False


def is_database_unavailable(exc: BaseException) -> bool:
    """True when ``exc`` (or what caused it) says the database cannot be reached."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if _one_is_unavailable(current):
            return True
        orig = current.orig if isinstance(current, sa_exc.DBAPIError) else None
        if orig is not None and _one_is_unavailable(orig):
            return True
        current = current.__cause__ or current.__context__
    return False


def service_unavailable_body(request_id: str | None, instance: str | None) -> dict[str, object]:
    """The body of every 503 for a database outage."""
    return {
        "type": "about:blank",
        "title": "Service unavailable",
        "status": 503,
        "detail": "The service is briefly unavailable. Try again in a few seconds.",
        "code": "service_unavailable",
        "instance": instance,
        "request_id": request_id,
        "retry_after": RETRY_AFTER_SECONDS,
    }
