"""A bug is a 500 problem+json with the request id and security headers, logged once."""

from __future__ import annotations

import logging

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine

from constel_api.config import Settings
from constel_api.main import create_app

PROBLEM = "application/problem+json"
SECRET_MESSAGE = "boom: the database password is hunter2"
BODY_MARKER = "body-content-that-must-never-be-logged"


def _app_with_a_bug(settings: Settings, engine: AsyncEngine) -> FastAPI:
    app = create_app(settings, engine)

    async def broken() -> None:
        raise RuntimeError(SECRET_MESSAGE)

    app.add_api_route("/api/v1/test-only/broken", broken, methods=["GET", "POST"])
    return app


async def _call(app: FastAPI, **kwargs: object) -> httpx.Response:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as c:
        return await c.request(url="/api/v1/test-only/broken", **kwargs)  # type: ignore[arg-type]


def _error_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.ERROR]


class TestUnhandledError:
    async def test_problem_json_with_request_id_and_headers(
        self, settings: Settings, engine: AsyncEngine, caplog: pytest.LogCaptureFixture
    ) -> None:
        prod = settings.model_copy(update={"environment": "production"})
        app = _app_with_a_bug(prod, engine)
        with caplog.at_level(logging.INFO):
            r = await _call(app, method="POST", json={"note": BODY_MARKER})

        assert r.status_code == 500
        assert r.headers["content-type"] == PROBLEM
        body = r.json()
        assert body["code"] == "internal_error"
        assert body["status"] == 500
        assert body["type"] == "about:blank"
        assert body["title"]
        request_id = r.headers["x-request-id"]
        assert len(request_id) == 32
        assert body["request_id"] == request_id
        assert SECRET_MESSAGE not in r.text
        assert "RuntimeError" not in r.text
        assert "default-src 'self'" in r.headers["content-security-policy"]
        assert "max-age" in r.headers["strict-transport-security"]
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
        assert r.headers["cache-control"] == "no-store"

        (record,) = _error_records(caplog)
        assert record.getMessage() == "unhandled error"
        assert record.request_id == request_id  # type: ignore[attr-defined]
        assert record.path == "/api/v1/test-only/broken"  # type: ignore[attr-defined]
        assert record.exc_info is not None
        assert record.exc_info[0] is RuntimeError
        assert "in broken" in record.traceback  # type: ignore[attr-defined]
        assert all(BODY_MARKER not in str(r.__dict__) for r in caplog.records)

    async def test_incoming_request_id_is_kept(
        self, settings: Settings, engine: AsyncEngine, caplog: pytest.LogCaptureFixture
    ) -> None:
        app = _app_with_a_bug(settings, engine)
        r = await _call(app, method="GET", headers={"X-Request-ID": "trace-42"})
        assert r.status_code == 500
        assert r.headers["x-request-id"] == "trace-42"
        assert r.json()["request_id"] == "trace-42"
        (record,) = _error_records(caplog)
        assert record.request_id == "trace-42"  # type: ignore[attr-defined]

    async def test_cors_headers_let_the_browser_read_the_error(
        self, settings: Settings, engine: AsyncEngine
    ) -> None:
        origin = "https://app.example.org"
        app = _app_with_a_bug(settings.model_copy(update={"cors_origins": [origin]}), engine)
        r = await _call(app, method="GET", headers={"Origin": origin})
        assert r.status_code == 500
        assert r.headers["access-control-allow-origin"] == origin
