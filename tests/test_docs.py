"""/api/docs: Swagger UI from the app's own files, under the app's CSP, and the document."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from constel_api.config import Settings
from constel_api.main import create_app
from constel_api.middleware import CONTENT_SECURITY_POLICY


async def _client(settings: Settings, engine: AsyncEngine) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(settings, engine))
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as c:
        yield c


@pytest.fixture
async def built(
    settings: Settings, engine: AsyncEngine, tmp_path: Path
) -> AsyncIterator[httpx.AsyncClient]:
    """An app whose SPA build holds Swagger UI's assets (as `npm run build` leaves them)."""
    (tmp_path / "index.html").write_text("<!doctype html><title>SPA</title>")
    (tmp_path / "apidocs").mkdir()
    (tmp_path / "apidocs" / "swagger-ui-bundle.js").write_text("window.SwaggerUIBundle = 1")
    (tmp_path / "apidocs" / "swagger-ui.css").write_text("body{}")
    (tmp_path / "apidocs" / "LICENSE").write_text("Apache-2.0")
    async for c in _client(settings.model_copy(update={"spa_dist_dir": tmp_path}), engine):
        yield c


async def test_page_loads_its_scripts_from_the_app(built: httpx.AsyncClient) -> None:
    page = await built.get("/api/docs")
    assert page.status_code == 200
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "<script>" not in page.text  # nothing inline: the CSP would block it
    assert '<script src="/api/docs/swagger-ui-bundle.js">' in page.text
    assert '<script src="/api/docs/init.js">' in page.text
    assert "http" not in page.text.replace("https://testserver", "")  # no CDN

    init = await built.get("/api/docs/init.js")
    assert init.headers["content-type"].startswith("text/javascript")
    assert "url: '/api/openapi.json'" in init.text
    bundle = await built.get("/api/docs/swagger-ui-bundle.js")
    assert bundle.text == "window.SwaggerUIBundle = 1"
    assert (await built.get("/api/docs/swagger-ui.css")).status_code == 200


async def test_only_the_assets_are_served(built: httpx.AsyncClient) -> None:
    for name in ("LICENSE", "index.html", "..%2Findex.html", "missing.js"):
        answer = await built.get(f"/api/docs/{name}")
        assert answer.status_code == 404, name
        assert answer.headers["content-type"] == "application/problem+json"


async def test_without_the_build_the_page_points_to_the_document(
    settings: Settings, engine: AsyncEngine
) -> None:
    async for c in _client(settings, engine):
        page = await c.get("/api/docs")
        assert page.status_code == 200
        assert "<script" not in page.text
        assert 'href="/api/openapi.json"' in page.text
        assert (await c.get("/api/docs/swagger-ui-bundle.js")).status_code == 404
        document = await c.get("/api/openapi.json")
        assert document.json()["components"]["securitySchemes"]["personToken"]["scheme"] == (
            "bearer"
        )
