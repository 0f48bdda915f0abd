"""Render every error as RFC 9457 problem+json; nothing a client sends yields a 500."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from constel_api.core.request_context import current_request_id
from constel_api.core.unavailable import (
    RETRY_AFTER_SECONDS,
    is_database_unavailable,
    service_unavailable_body,
)
from constel_api.errors import PROBLEM_JSON, ConstelError, internal_error_body
from constel_api.middleware import UnhandledErrorMiddleware, log_unavailable, log_unhandled

_HTTP_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "too_many_attempts",
    503: "service_unavailable",
}


def problem(
    status: int,
    code: str,
    title: str,
    detail: str | None,
    request: Request,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
        "code": code,
        "instance": request.url.path,
    }
    body.update(extra)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _field_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    errors = []
    for err in exc.errors():
        # Never echo the submitted value back: it could be a secret or content.
        errors.append(
            {
                "loc": list(err.get("loc", ())),
                "msg": str(err.get("msg", "")),
                "type": str(err.get("type", "")),
            }
        )
    return errors


async def constel_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ConstelError)
    return problem(exc.status, exc.code, exc.title, exc.detail, request, exc.headers, **exc.extra)


async def validation_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = _field_errors(exc)
    if any(e["type"] == "json_invalid" for e in errors):
        return problem(
            400,
            "invalid_json",
            "Malformed JSON",
            "The body is not valid JSON.",
            request,
            errors=errors,
        )
    return problem(
        422,
        "validation_error",
        "Validation failed",
        "Some fields are missing or invalid.",
        request,
        errors=errors,
    )


async def http_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    detail = exc.detail if isinstance(exc.detail, str) else None
    return problem(
        exc.status_code,
        code,
        code.replace("_", " ").capitalize(),
        detail,
        request,
        dict(exc.headers or {}),
    )


# character_not_in_repertoire, untranslatable_character: text the database cannot store
# (U+0000 in a CSV cell or a SCIM attribute). Only client input carries such text.
_CLIENT_TEXT_SQLSTATES = {"22021", "22P05"}


async def database_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """Text the database refuses is the client's error (422); anything else is a bug."""
    assert isinstance(exc, DBAPIError)
    if is_database_unavailable(exc):
        return unavailable_response(exc, request)
    if getattr(exc.orig, "sqlstate", None) not in _CLIENT_TEXT_SQLSTATES:
        raise exc
    return problem(
        422,
        "invalid_character",
        "Invalid character",
        "The request contains a character that cannot be stored (such as U+0000).",
        request,
    )


def unavailable_response(exc: Exception, request: Request) -> JSONResponse:
    """503 service_unavailable with Retry-After, logged as one warning."""
    request_id = current_request_id()
    log_unavailable(exc, request.scope, request_id)
    return JSONResponse(
        service_unavailable_body(request_id, request.url.path),
        status_code=503,
        media_type=PROBLEM_JSON,
        headers={"Cache-Control": "no-store", "Retry-After": str(RETRY_AFTER_SECONDS)},
    )


async def unhandled_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """Last resort for a failure in the middleware itself, outside the request context."""
    if is_database_unavailable(exc):
        return unavailable_response(exc, request)
    request_id = current_request_id()
    log_unhandled(exc, request.scope, request_id)
    return JSONResponse(
        internal_error_body(request_id, request.url.path),
        status_code=500,
        media_type=PROBLEM_JSON,
        headers={"Cache-Control": "no-store"},
    )


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers and the 500 catch-all.

    Called before any other ``add_middleware`` so the catch-all is the innermost user
    middleware: its 500 then passes through the request-id, security-header and CORS
    middleware like any other response.
    """
    app.add_exception_handler(ConstelError, constel_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.add_exception_handler(StarletteHTTPException, http_error_handler)
    app.add_exception_handler(DBAPIError, database_error_handler)
    app.add_exception_handler(Exception, unhandled_error_handler)
    app.add_middleware(UnhandledErrorMiddleware)
