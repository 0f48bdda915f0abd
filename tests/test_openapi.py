"""The committed OpenAPI document matches the code (the TS client is generated from it)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from constel_api import openapi_export
from constel_api.openapi_export import render_openapi

# Built once: each build imports every router and renders every schema.
openapi_document = cache(openapi_export.openapi_document)
COMMITTED = Path(__file__).resolve().parents[1] / "openapi" / "openapi.json"


def test_committed_document_is_current() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == render_openapi(), (
        "openapi/openapi.json is stale: run `make openapi` and commit it"
    )


def test_operation_ids_are_unique_and_readable() -> None:
    ids = [
        op["operationId"]
        for path in openapi_document()["paths"].values()
        for op in path.values()
        if isinstance(op, dict) and "operationId" in op
    ]
    assert len(ids) == len(set(ids))
    assert all("_" not in i and len(i) < 40 for i in ids), ids


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, op)
        for path, ops in openapi_document()["paths"].items()
        for method, op in ops.items()
    ]


def test_security_schemes_are_declared() -> None:
    schemes = openapi_document()["components"]["securitySchemes"]
    assert schemes["personToken"] == {**schemes["personToken"], "type": "http",
                                      "scheme": "bearer", "bearerFormat": "JWT"}
    assert schemes["machineToken"]["scheme"] == "bearer"
    assert schemes["refreshCookie"] == {**schemes["refreshCookie"], "type": "apiKey",
                                        "in": "cookie", "name": "constel_refresh"}
    assert schemes["csrfHeader"]["name"] == "X-CSRF-Token"


def test_every_operation_says_who_may_call_it() -> None:
    security = {(m, p): op["security"] for m, p, op in _operations()}
    assert all("security" in op for _, _, op in _operations())
    # People only, machine clients by scope, cookie-based refresh, anonymous sign-in.
    assert security[("get", "/api/v1/me")] == [{"personToken": []}]
    assert security[("get", "/api/v1/mentorships")] == [{"personToken": []}]
    assert security[("post", "/api/v1/directory/imports")] == [
        {"personToken": []}, {"machineToken": ["directory:import"]}
    ]
    assert security[("get", "/api/v1/exports/kpis.csv")] == [
        {"personToken": []}, {"machineToken": ["exports:read"]}
    ]
    assert security[("post", "/api/v1/auth/refresh")] == [
        {"refreshCookie": [], "csrfHeader": []}
    ]
    assert security[("post", "/api/v1/auth/login")] == []
    assert security[("get", "/healthz")] == []
    # No operation lets in a machine client without naming the scope it needs.
    assert not [k for k, v in security.items() if {"machineToken": []} in v]


def test_shared_layer_answers_are_declared_as_problems() -> None:
    for method, path, op in _operations():
        responses = op["responses"]
        where = f"{method.upper()} {path}"
        assert "422" in responses, where
        if path.startswith("/api/"):
            assert "Retry-After" in responses["503"]["headers"], where
        if op["security"] and all(op["security"]):
            assert {"401", "403"} <= responses.keys(), where
        if "{" in path:
            assert "404" in responses, where
        if "requestBody" in op:
            assert "413" in responses, where
        if "application/json" in op.get("requestBody", {}).get("content", {}):
            assert "400" in responses, where
        for status, response in responses.items():
            if status.startswith(("4", "5")) and path != "/readyz":
                assert response["content"] == {
                    "application/problem+json": {
                        "schema": {"$ref": "#/components/schemas/Problem"}
                    }
                }, (where, status)


def test_other_media_types_are_declared() -> None:
    paths = openapi_document()["paths"]
    assert "text/csv" in paths["/api/v1/exports/kpis.csv"]["get"]["responses"]["200"]["content"]
    assert "text/calendar" in (
        paths["/api/v1/calendar/sessions.ics"]["get"]["responses"]["200"]["content"]
    )
