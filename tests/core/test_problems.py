"""Every error is problem+json with a stable code; nothing a client sends yields a 500."""

from __future__ import annotations

import httpx
import pytest
from pydantic import SecretStr, ValidationError

from constel_api.config import DEVELOPMENT_JWT_SECRET, Settings
from tests.fixtures.actors import Factory

PROBLEM = "application/problem+json"


class TestProblemJson:
    async def test_malformed_json(self, client: httpx.AsyncClient) -> None:
        r = await client.post(
            "/api/v1/auth/login",
            content=b'{"email": ',
            headers={"content-type": "application/json"},
        )
        assert r.status_code == 400
        assert r.headers["content-type"] == PROBLEM
        assert r.json()["code"] == "invalid_json"

    async def test_wrong_types_list_the_fields(self, client: httpx.AsyncClient) -> None:
        r = await client.post("/api/v1/auth/login", json={"email": 42, "password": ["x"]})
        assert r.status_code == 422
        body = r.json()
        assert body["code"] == "validation_error"
        locs = {tuple(e["loc"]) for e in body["errors"]}
        assert ("body", "email") in locs
        assert ("body", "password") in locs

    async def test_unknown_fields_rejected(self, client: httpx.AsyncClient) -> None:
        r = await client.post(
            "/api/v1/auth/login", json={"email": "a@b.org", "password": "x", "is_admin": True}
        )
        assert r.status_code == 422
        assert any(e["type"] == "extra_forbidden" for e in r.json()["errors"])

    async def test_submitted_values_are_not_echoed(self, client: httpx.AsyncClient) -> None:
        secret = "hunter2-should-not-come-back"
        r = await client.post("/api/v1/auth/login", json={"email": "a@b.org", "password": [secret]})
        assert secret not in r.text

    async def test_oversized_body(self, client: httpx.AsyncClient, settings: Settings) -> None:
        big = b"{" + b" " * (settings.max_body_bytes + 10) + b"}"
        r = await client.post(
            "/api/v1/auth/login", content=big, headers={"content-type": "application/json"}
        )
        assert r.status_code == 413
        assert r.headers["content-type"] == PROBLEM
        assert r.json()["code"] == "payload_too_large"

    async def test_oversized_streamed_body_without_length(
        self, client: httpx.AsyncClient, settings: Settings
    ) -> None:
        async def chunks():  # type: ignore[no-untyped-def]
            for _ in range(settings.max_body_bytes // 65536 + 2):
                yield b" " * 65536

        r = await client.post(
            "/api/v1/auth/login", content=chunks(), headers={"content-type": "application/json"}
        )
        assert r.status_code == 413

    async def test_unknown_route(self, client: httpx.AsyncClient) -> None:
        r = await client.get("/api/v1/nothing-here")
        assert r.status_code == 404
        assert r.headers["content-type"] == PROBLEM
        assert r.json()["code"] == "not_found"

    async def test_wrong_method(self, client: httpx.AsyncClient) -> None:
        r = await client.get("/api/v1/auth/login")
        assert r.status_code == 405
        assert r.json()["code"] == "method_not_allowed"

    async def test_bad_path_parameter(self, client: httpx.AsyncClient, factory: Factory) -> None:
        from constel_api.models import Role

        admin = await factory.actor(client, await factory.organisation(), Role.ORG_ADMIN)
        r = await client.delete("/api/v1/api-clients/not-a-uuid", headers=admin.headers)
        assert r.status_code == 422
        assert r.json()["errors"][0]["loc"] == ["path", "client_id"]


class TestOperations:
    async def test_health(self, client: httpx.AsyncClient) -> None:
        assert (await client.get("/healthz")).json() == {"status": "ok"}
        assert (await client.get("/readyz")).json() == {"status": "ok"}

    async def test_security_headers(self, client: httpx.AsyncClient) -> None:
        r = await client.get("/healthz")
        assert "default-src 'self'" in r.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
        assert len(r.headers["x-request-id"]) == 32

    async def test_api_responses_not_cached(self, client: httpx.AsyncClient) -> None:
        r = await client.get("/api/v1/me")
        assert r.headers["cache-control"] == "no-store"

    async def test_request_id_propagated(self, client: httpx.AsyncClient) -> None:
        r = await client.get("/healthz", headers={"X-Request-ID": "abc-123"})
        assert r.headers["x-request-id"] == "abc-123"
        r = await client.get("/healthz", headers={"X-Request-ID": "bad id\nwith newline"})
        assert r.headers["x-request-id"] != "bad id\nwith newline"

    async def test_hsts_in_production(self, settings: Settings, engine) -> None:  # type: ignore[no-untyped-def]
        from constel_api.main import create_app

        prod = settings.model_copy(update={"environment": "production"})
        app = create_app(prod, engine)
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="https://testserver"
        ) as c:
            r = await c.get("/healthz")
        assert "max-age" in r.headers["strict-transport-security"]


class TestSettings:
    def test_default_secret_refused_in_production(self) -> None:
        with pytest.raises(ValidationError, match="CONSTEL_JWT_SECRET"):
            Settings(environment="production")
        with pytest.raises(ValidationError, match="at least 32"):
            Settings(environment="production", jwt_secret=SecretStr("short"))

    def test_default_secret_allowed_in_development(self) -> None:
        assert Settings(environment="development").jwt_secret.get_secret_value() == (
            DEVELOPMENT_JWT_SECRET
        )

    def test_secrets_not_in_repr(self) -> None:
        s = Settings(
            environment="production",
            jwt_secret=SecretStr("s" * 40),
            public_base_url="https://mentorat.example.fr",
            database_url=SecretStr("postgresql+asyncpg://u:dbpass@h/d"),
        )
        assert "s" * 40 not in repr(s)
        assert "dbpass" not in repr(s)


class TestPagination:
    async def test_huge_offset_is_a_validation_error(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        from constel_api.models import Role

        admin = await factory.actor(client, await factory.organisation(), Role.ORG_ADMIN)
        r = await client.get("/api/v1/directory/people", headers=admin.headers,
                             params={"offset": 10**15})
        assert r.status_code == 422
        assert r.json()["errors"][0]["loc"] == ["query", "offset"]
        r = await client.get("/api/v1/directory/people", headers=admin.headers,
                             params={"limit": 0})
        assert r.status_code == 422
