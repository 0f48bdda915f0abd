"""Pure ASGI middleware: request id and access log, body size limit, security headers,
and the catch-all that renders a bug as a 500 inside them."""

from __future__ import annotations

import json
import logging
import re
import time
import traceback
import uuid
from urllib.parse import parse_qsl

from sqlalchemy.exc import StatementError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from constel_api.core.request_context import (
    current_request_id,
    reset_request_id,
    set_request_id,
)
from constel_api.core.unavailable import (
    RETRY_AFTER_SECONDS,
    is_database_unavailable,
    service_unavailable_body,
)
from constel_api.errors import PROBLEM_JSON, internal_error_body

logger = logging.getLogger("constel_api.access")
error_logger = logging.getLogger("constel_api.errors")

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)
_REQUEST_ID_OK = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


async def send_problem(send: Send, problem: dict[str, object],
                       extra_headers: tuple[tuple[bytes, bytes], ...] = ()) -> None:
    """Answer with a problem+json body from below the app's exception handlers."""
    body = json.dumps(problem).encode()
    await send(
        {
            "type": "http.response.start",
            "status": problem["status"],
            "headers": [
                (b"content-type", PROBLEM_JSON.encode()),
                (b"content-length", str(len(body)).encode()),
                *extra_headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class RequestContextMiddleware:
    """Assign a request id, echo it, and log one line per request without query or body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _REQUEST_ID_OK.match(incoming) else uuid.uuid4().hex
        token = set_request_id(request_id)
        started = time.perf_counter()
        status_holder = {"status": 500}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            logger.info(
                "request",
                extra={
                    "method": scope.get("method"),
                    "path": scope.get("path"),
                    "status": status_holder["status"],
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                },
            )
            reset_request_id(token)


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp, *, hsts: bool) -> None:
        self.app = app
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        is_api = path.startswith(("/api/", "/scim/"))

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                extra = [
                    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
                ]
                if self.hsts:
                    extra.append(
                        (b"strict-transport-security", b"max-age=63072000; includeSubDomains")
                    )
                if is_api and b"cache-control" not in present:
                    extra.append((b"cache-control", b"no-store"))
                headers.extend(h for h in extra if h[0] not in present)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_wrapper)


class BodySizeLimitMiddleware:
    """Refuse bodies over the limit (413 problem+json), by header and while streaming.

    ``overrides`` maps path prefixes to larger limits (file chunks, CSV imports).
    """

    def __init__(self, app: ASGIApp, *, default_limit: int, overrides: dict[str, int]) -> None:
        self.app = app
        self.default_limit = default_limit
        self.overrides = sorted(overrides.items(), key=lambda kv: -len(kv[0]))

    def _limit_for(self, path: str) -> int:
        for prefix, limit in self.overrides:
            if path.startswith(prefix):
                return limit
        return self.default_limit

    async def _reject(self, send: Send, limit: int) -> None:
        await send_problem(send, {
            "type": "about:blank",
            "title": "Payload too large",
            "status": 413,
            "detail": f"The request body exceeds {limit} bytes.",
            "code": "payload_too_large",
        })

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit_for(scope.get("path", ""))
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                too_big = True
            if too_big:
                await self._reject(send, limit)
                return
        received = 0
        response_started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not response_started:
                await self._reject(send, limit)


class _BodyTooLarge(BaseException):
    """Raised from receive() when a streamed body passes the limit."""


class UnhandledErrorMiddleware:
    """Render any exception no handler claimed as a problem+json 500, logged once.

    Starlette's own catch-all (``ServerErrorMiddleware``) sits outside every user
    middleware, so its 500 would lack the request id and the security headers. This one
    must be the innermost user middleware; it swallows the exception after logging it so
    the server does not log it a second time.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        response_started = False

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            request_id = current_request_id()
            if is_database_unavailable(exc):
                log_unavailable(exc, scope, request_id)
                if not response_started:
                    await send_unavailable(send, request_id, scope.get("path"))
                return
            log_unhandled(exc, scope, request_id)
            if response_started:
                # Too late for a 500: returning without completing the body makes the
                # server drop the connection, so the client sees a truncated response.
                return
            await send_problem(send, internal_error_body(request_id, scope.get("path")),
                               ((b"cache-control", b"no-store"),))


async def send_unavailable(send: Send, request_id: str | None, path: str | None) -> None:
    """503 problem+json with Retry-After: the database cannot be reached right now."""
    await send_problem(send, service_unavailable_body(request_id, path), (
        (b"cache-control", b"no-store"),
        (b"retry-after", str(RETRY_AFTER_SECONDS).encode()),
    ))


def log_unavailable(exc: BaseException, scope: Scope, request_id: str | None) -> None:
    """One warning, no traceback: an outage is an operational event, not a bug."""
    _hide_sql_parameters(exc)
    error_logger.warning(
        "database unavailable",
        extra={
            "request_id": request_id,
            "method": scope.get("method"),
            "path": scope.get("path"),
            "exc_class": type(exc).__name__,
        },
    )


def log_unhandled(exc: BaseException, scope: Scope, request_id: str | None) -> None:
    """One error record with the traceback; the request body and query are never read."""
    _hide_sql_parameters(exc)
    error_logger.error(
        "unhandled error",
        exc_info=exc,
        extra={
            "request_id": request_id,
            "method": scope.get("method"),
            "path": scope.get("path"),
            "exc_class": type(exc).__name__,
            # The JSON formatter keeps only the exception type from exc_info.
            "traceback": "".join(traceback.format_exception(exc)),
        },
    )


def _hide_sql_parameters(exc: BaseException | None) -> None:
    """A failed statement's message lists its bound values, which are client content."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, StatementError):
            exc.hide_parameters = True
        exc = exc.__cause__ or exc.__context__


class NulInUrlMiddleware:
    """Refuse U+0000 in the path or query string (422): PostgreSQL text cannot hold it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        locs = _nul_locations(scope)
        if not locs:
            await self.app(scope, receive, send)
            return
        await send_problem(send, {
            "type": "about:blank",
            "title": "Validation failed",
            "status": 422,
            "detail": "The URL contains the NUL character (U+0000).",
            "code": "validation_error",
            "instance": scope.get("path", "").replace("\x00", ""),
            "errors": [
                {"loc": loc, "msg": "Text must not contain the NUL character.",
                 "type": "nul_character"}
                for loc in locs
            ],
        })


def _nul_locations(scope: Scope) -> list[list[str]]:
    locs: list[list[str]] = []
    if "\x00" in scope.get("path", ""):
        locs.append(["path"])
    query: bytes = scope.get("query_string", b"")
    if b"%00" in query or b"\x00" in query:
        for name, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
            if "\x00" in name or "\x00" in value:
                locs.append(["query", name.replace("\x00", "")])
        if len(locs) == 0 or locs[-1][0] != "query":
            locs.append(["query"])
    return locs
