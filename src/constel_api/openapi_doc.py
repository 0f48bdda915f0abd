"""The OpenAPI document, completed in one place with what the routes do not say themselves.

FastAPI writes each operation from its route: parameters, body, success response and the
domain errors the route lists in ``responses=``. What the shared layers add is the same for
every operation and is declared here, from the routes' dependencies, so it cannot drift:

- who may call it (``security``): people's bearer JWT, machine clients' tokens and their
  scopes, or the refresh cookie with its CSRF header, read from the auth dependencies;
- the answers of the shared layers, as problem+json: 401 and 403 from authentication,
  404 for an unknown or out-of-reach path object, 400 and 413 for bodies, 422 for
  validation (the NUL-in-URL guard included), 503 with ``Retry-After`` when the database
  cannot be reached.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, RouteContext, iter_route_contexts

from constel_api.auth.dependencies import (
    MACHINE_ONLY_MARK,
    PEOPLE_ONLY_MARK,
    SCOPE_MARK,
    get_principal,
)
from constel_api.auth.router import REFRESH_COOKIE
from constel_api.core.unavailable import RETRY_AFTER_SECONDS
from constel_api.errors import PROBLEM_JSON, problem_component_schemas

PERSON = "personToken"
MACHINE = "machineToken"
REFRESH = "refreshCookie"
CSRF = "csrfHeader"

SECURITY_SCHEMES: dict[str, dict[str, Any]] = {
    PERSON: {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": (
            "A person's access token (10 minutes), from `POST /api/v1/auth/login` or "
            "`POST /api/v1/auth/refresh`. What it allows depends on the person's roles "
            "in their organisation and on their place in each program and pair."
        ),
    },
    MACHINE: {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "cst_…",
        "description": (
            "A machine client's token, created by an org admin (`POST /api/v1/api-clients`). "
            "It acts for its organisation with the scopes it was given: `scim` "
            "(provisioning under /scim/v2), `directory:import` (CSV imports), "
            "`exports:read` (KPI exports). It may expire and can be revoked."
        ),
    },
    REFRESH: {
        "type": "apiKey",
        "in": "cookie",
        "name": REFRESH_COOKIE,
        "description": (
            "The browser's refresh token: an HttpOnly cookie set at sign-in, sent only to "
            "/api/v1/auth. Always paired with the CSRF header."
        ),
    },
    CSRF: {
        "type": "apiKey",
        "in": "header",
        "name": "X-CSRF-Token",
        "description": (
            "The CSRF token returned at sign-in (and readable in the `constel_csrf` "
            "cookie), required with the refresh cookie."
        ),
    },
}

# Sign-out works without a session too (it then only clears the cookies).
_COOKIE_OPTIONAL = {"logout"}

_SHARED: dict[int, str] = {
    400: "Malformed request body (`invalid_json`).",
    401: "No valid credentials (`not_authenticated`, `invalid_token`).",
    403: "Authenticated, but not allowed (role, scope, TOTP policy or CSRF check).",
    404: "Not found, or out of the caller's reach (never told apart).",
    413: "The request body is over this operation's size limit.",
    422: "Invalid parameters or body (`validation_error`, with `errors`).",
    503: "The database cannot be reached; try again after `Retry-After` seconds.",
}


def install_openapi(app: FastAPI) -> None:
    """Replace ``app.openapi`` with the generated document completed by :func:`complete`."""
    default_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = complete(app, default_openapi())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def complete(app: FastAPI, schema: dict[str, Any]) -> dict[str, Any]:
    components = schema.setdefault("components", {})
    components.setdefault("schemas", {}).update(problem_component_schemas())
    components["securitySchemes"] = SECURITY_SCHEMES
    for route in api_routes(app):
        if not route.include_in_schema:
            continue
        for method in route.methods or ():
            operation = schema["paths"].get(route.path_format, {}).get(method.lower())
            if operation is not None:
                _complete_operation(route, operation)
    # Only FastAPI's default 422 used these; every 422 is now a Problem.
    for unused in ("HTTPValidationError", "ValidationError"):
        components["schemas"].pop(unused, None)
    return schema


def api_routes(app: FastAPI) -> list[RouteContext]:
    """Every API route of the app, with its router's prefix applied."""
    return [
        context for context in iter_route_contexts(app.routes)
        if isinstance(context.original_route, APIRoute)
    ]


def _complete_operation(route: RouteContext, operation: dict[str, Any]) -> None:
    security = security_of(route)
    operation["security"] = security
    statuses = {422}
    if (route.path_format or "").startswith("/api/"):
        statuses.add(503)
    if security and all(security):
        statuses |= {401, 403}
    if route.dependant.path_params or _flat_path_params(route.dependant):
        statuses.add(404)
    if route.body_field is not None:
        statuses.add(400)
    if "requestBody" in operation:
        statuses.add(413)
    responses = operation.setdefault("responses", {})
    for status in sorted(statuses):
        entry = responses.setdefault(str(status), {"description": _SHARED[status]})
        # FastAPI's default 422 says application/json; the app answers problem+json.
        entry["content"] = {PROBLEM_JSON: {"schema": _PROBLEM_REF}}
        if status == 422:
            entry["description"] = _SHARED[422]
        if status == 503:
            entry["headers"] = {"Retry-After": _retry_after()}
        if status == 401:
            entry["headers"] = {"WWW-Authenticate": {
                "description": "`Bearer`", "schema": {"type": "string"}}}


_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}


def _retry_after() -> dict[str, Any]:
    return {
        "description": f"Seconds to wait ({RETRY_AFTER_SECONDS}).",
        "schema": {"type": "integer", "minimum": 1},
    }


def _calls(dependant: Dependant) -> Iterator[Callable[..., Any]]:
    for sub in dependant.dependencies:
        if sub.call is not None:
            yield sub.call
        yield from _calls(sub)


def _flat_path_params(dependant: Dependant) -> bool:
    return any(sub.path_params or _flat_path_params(sub) for sub in dependant.dependencies)


def _cookie_names(dependant: Dependant) -> set[str]:
    names = {param.alias for param in dependant.cookie_params}
    for sub in dependant.dependencies:
        names |= _cookie_names(sub)
    return names


def security_of(route: RouteContext) -> list[dict[str, list[str]]]:
    """The operation's security requirements, read from its dependencies."""
    calls = set(_calls(route.dependant))
    scopes = sorted({getattr(call, SCOPE_MARK) for call in calls if hasattr(call, SCOPE_MARK)})
    machine_only = any(getattr(call, MACHINE_ONLY_MARK, False) for call in calls)
    if any(getattr(call, PEOPLE_ONLY_MARK, False) for call in calls):
        return [{PERSON: []}]
    if scopes:
        machine = {MACHINE: scopes}
        return [machine] if machine_only else [{PERSON: []}, machine]
    if get_principal in calls:
        return [{PERSON: []}, {MACHINE: []}]
    if REFRESH_COOKIE in _cookie_names(route.dependant):
        cookie: list[dict[str, list[str]]] = [{REFRESH: [], CSRF: []}]
        return [*cookie, {}] if route.operation_id in _COOKIE_OPTIONAL else cookie
    return []
