"""SCIM error responses: ``application/scim+json`` with the Error message schema.

Everything under ``/scim/v2`` answers errors in this shape (authentication, validation and
domain errors included) so identity providers can show them; ``/api`` keeps problem+json.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from sqlalchemy.exc import DBAPIError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from constel_api.errors import ConstelError

SCIM_JSON = "application/scim+json"
ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error"

logger = logging.getLogger(__name__)


class ScimError(Exception):
    """A SCIM protocol error; ``scim_type`` is one of RFC 7644 §3.12's values or ``None``."""

    def __init__(self, status: int, detail: str, scim_type: str | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.scim_type = scim_type


def scim_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        content=json.dumps(body, separators=(",", ":"), default=str),
        status_code=status,
        media_type=SCIM_JSON,
        headers=headers,
    )


def error_response(error: ScimError, headers: dict[str, str] | None = None) -> Response:
    body: dict[str, Any] = {"schemas": [ERROR_SCHEMA], "status": str(error.status),
                            "detail": error.detail}
    if error.scim_type:
        body["scimType"] = error.scim_type
    return scim_response(body, error.status, headers)


_SCIM_TYPE_BY_STATUS = {400: "invalidValue", 409: "uniqueness"}
_UNIQUE_VIOLATION = "23505"
# character_not_in_repertoire, untranslatable_character: text the database cannot store.
_CLIENT_TEXT_SQLSTATES = {"22021", "22P05"}


def _sqlstate(exc: DBAPIError) -> str | None:
    return getattr(exc.orig, "sqlstate", None) or getattr(
        getattr(exc.orig, "__cause__", None), "sqlstate", None)


def as_scim_error(exc: Exception) -> tuple[ScimError, dict[str, str] | None]:
    if isinstance(exc, ScimError):
        return exc, None
    if isinstance(exc, ConstelError):
        scim_type = _SCIM_TYPE_BY_STATUS.get(exc.status)
        return ScimError(exc.status, exc.detail, scim_type), exc.headers or None
    if isinstance(exc, DBAPIError):
        state = _sqlstate(exc)
        if isinstance(exc, IntegrityError) and state == _UNIQUE_VIOLATION:
            # Two parallel creates of the same user or group: the loser is told so.
            return ScimError(409, "Another resource already has this identifier.",
                             "uniqueness"), None
        if state in _CLIENT_TEXT_SQLSTATES:
            return ScimError(400, "A value contains a character that cannot be stored.",
                             "invalidValue"), None
    if isinstance(exc, RequestValidationError):
        return ScimError(400, "The request is invalid.", "invalidValue"), None
    if isinstance(exc, StarletteHTTPException):
        detail = exc.detail if isinstance(exc.detail, str) else "HTTP error"
        return ScimError(exc.status_code, detail), dict(exc.headers or {}) or None
    logger.error("unhandled SCIM error", extra={"exc_class": type(exc).__name__}, exc_info=exc)
    return ScimError(500, "Something went wrong on our side."), None


class ScimRoute(APIRoute):
    """Render every error raised by a SCIM route or its dependencies as a SCIM Error."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def scim_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except Exception as exc:
                error, headers = as_scim_error(exc)
                return error_response(error, headers)

        return scim_handler


class ScimErrorMiddleware:
    """Under ``/scim/v2``, turn problem+json answered before or around a route (413 body
    limit, NUL in the URL, the 500 catch-all) into the SCIM Error schema."""

    def __init__(self, app: ASGIApp, prefix: str = "/scim/v2") -> None:
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope.get("path", "")).startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def rewriting_send(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers", []))
                if headers.get(b"content-type", b"").startswith(b"application/problem+json"):
                    start = message
                    return
            elif message["type"] == "http.response.body" and start is not None:
                chunks.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                await self._send_scim(send, start, b"".join(chunks))
                return
            await send(message)

        await self.app(scope, receive, rewriting_send)

    @staticmethod
    async def _send_scim(send: Send, start: Message, raw: bytes) -> None:
        status = int(start["status"])
        try:
            problem = json.loads(raw)
        except ValueError:
            problem = {}
        detail = str(problem.get("detail") or problem.get("title") or "Error")
        error = ScimError(status, detail, "invalidValue" if status == 400 else None)
        response = error_response(error)
        body = bytes(response.body)
        headers = [(k, v) for k, v in start.get("headers", [])
                   if k.lower() not in (b"content-type", b"content-length")]
        headers += [(b"content-type", SCIM_JSON.encode()),
                    (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
