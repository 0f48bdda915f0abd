"""Domain errors rendered as RFC 9457 ``application/problem+json`` with a stable ``code``."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field

PROBLEM_JSON = "application/problem+json"


class ConstelError(Exception):
    """Base of every error a service may raise; the handler renders it uniformly."""

    status: ClassVar[int] = 400
    default_code: ClassVar[str] = "bad_request"
    title: ClassVar[str] = "Bad request"

    def __init__(
        self,
        detail: str | None = None,
        *,
        code: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.code = code or self.default_code
        self.headers = headers or {}
        self.extra = extra


class BadRequest(ConstelError):
    pass


class Unauthorized(ConstelError):
    status = 401
    default_code = "not_authenticated"
    title = "Authentication required"

    def __init__(self, detail: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": "Bearer"})
        super().__init__(detail, **kwargs)


class Forbidden(ConstelError):
    status = 403
    default_code = "forbidden"
    title = "Forbidden"


class NotFound(ConstelError):
    status = 404
    default_code = "not_found"
    title = "Not found"


class Conflict(ConstelError):
    status = 409
    default_code = "conflict"
    title = "Conflict"


class PayloadTooLarge(ConstelError):
    status = 413
    default_code = "payload_too_large"
    title = "Payload too large"


class Unprocessable(ConstelError):
    status = 422
    default_code = "validation_error"
    title = "Validation failed"


class TooManyRequests(ConstelError):
    status = 429
    default_code = "too_many_attempts"
    title = "Too many attempts"

    def __init__(self, retry_after_seconds: int, detail: str | None = None) -> None:
        super().__init__(
            detail or f"Try again in {retry_after_seconds} seconds.",
            headers={"Retry-After": str(retry_after_seconds)},
            retry_after=retry_after_seconds,
        )


def internal_error_body(request_id: str | None, instance: str | None) -> dict[str, Any]:
    """The one body of every 500: generic words and the id to quote, never the exception."""
    return {
        "type": "about:blank",
        "title": "Internal error",
        "status": 500,
        "detail": "Something went wrong on our side.",
        "code": "internal_error",
        "instance": instance,
        "request_id": request_id,
    }


class FieldError(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    """The body of every error response."""

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    code: str = Field(description="Stable machine-readable error code.")
    instance: str | None = None
    errors: list[FieldError] | None = None


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entry so the generated client knows the error shape and media type."""
    return {
        status: {
            "description": "Problem (RFC 9457)",
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }


def problem_component_schemas() -> dict[str, Any]:
    """``Problem`` and ``FieldError`` for the OpenAPI components referenced above."""
    schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    components: dict[str, Any] = dict(schema.pop("$defs", {}))
    components["Problem"] = schema
    return components
