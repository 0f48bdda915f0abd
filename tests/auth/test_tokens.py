"""Access-token validation: expiry, tampering, algorithm confusion, audience and type."""

from __future__ import annotations

import base64
import json
import time
import uuid

import httpx
import jwt
import pytest

from constel_api.auth.tokens import key_id
from constel_api.config import Settings
from tests.fixtures.actors import Actor, Factory


def _claims(actor: Actor, settings: Settings, **overrides: object) -> dict[str, object]:
    now = time.time()
    signed_in = jwt.decode(actor.token or "", options={"verify_signature": False})
    claims: dict[str, object] = {
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "sub": str(actor.id),
        "org": str(actor.organisation_id),
        "fid": signed_in["fid"],
        "typ": "access",
        "jti": uuid.uuid4().hex,
        "iat": round(now, 3),
        "exp": int(now) + 600,
        "amr": ["pwd"],
    }
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}


def _sign(
    settings: Settings, claims: dict[str, object], secret: str | None = None, alg: str = "HS256"
) -> str:
    secret = secret or settings.jwt_secret.get_secret_value()
    return jwt.encode(claims, secret, algorithm=alg, headers={"kid": key_id(secret)})


async def _me(client: httpx.AsyncClient, token: str) -> httpx.Response:
    return await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})


@pytest.fixture
async def actor(client: httpx.AsyncClient, factory: Factory) -> Actor:
    return await factory.actor(client, await factory.organisation())


class TestAccessToken:
    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        r = await client.get("/api/v1/me")
        assert r.status_code == 401
        assert r.json()["code"] == "not_authenticated"
        assert r.headers["www-authenticate"] == "Bearer"

    async def test_well_formed_token_accepted(
        self, client: httpx.AsyncClient, actor: Actor, settings: Settings
    ) -> None:
        assert (await _me(client, _sign(settings, _claims(actor, settings)))).status_code == 200

    async def test_login_token_carries_required_claims(
        self, actor: Actor, settings: Settings
    ) -> None:
        assert actor.token
        header = jwt.get_unverified_header(actor.token)
        assert header["alg"] == "HS256"
        assert header["kid"] == key_id(settings.jwt_secret.get_secret_value())
        claims = jwt.decode(actor.token, options={"verify_signature": False})
        assert {"iss", "aud", "sub", "org", "fid", "typ", "jti", "iat", "exp"} <= claims.keys()
        assert claims["exp"] - int(claims["iat"]) == 600

    @pytest.mark.parametrize(
        "overrides",
        [
            {"exp": int(time.time()) - 10},
            {"aud": "someone-else"},
            {"iss": "evil"},
            {"typ": "refresh"},
            {"org": str(uuid.uuid4())},
            {"sub": str(uuid.uuid4())},
            {"jti": None},
            {"org": None},
            {"typ": None},
            {"exp": None},
            {"fid": None},
            {"fid": str(uuid.uuid4())},
            {"fid": "not-a-uuid"},
        ],
        ids=[
            "expired",
            "wrong-aud",
            "wrong-iss",
            "wrong-typ",
            "other-org",
            "unknown-sub",
            "no-jti",
            "no-org",
            "no-typ",
            "no-exp",
            "no-fid",
            "unknown-fid",
            "malformed-fid",
        ],
    )
    async def test_refused_claims(
        self,
        client: httpx.AsyncClient,
        actor: Actor,
        settings: Settings,
        overrides: dict[str, object],
    ) -> None:
        r = await _me(client, _sign(settings, _claims(actor, settings, **overrides)))
        assert r.status_code == 401
        assert r.json()["code"] == "invalid_token"
        assert r.headers["content-type"] == "application/problem+json"

    async def test_tampered_payload(self, client: httpx.AsyncClient, actor: Actor) -> None:
        assert actor.token
        head, payload, sig = actor.token.split(".")
        data = json.loads(base64.urlsafe_b64decode(payload + "=="))
        data["sub"] = str(uuid.uuid4())
        forged = base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")
        assert (await _me(client, f"{head}.{forged}.{sig}")).status_code == 401

    async def test_wrong_secret(
        self, client: httpx.AsyncClient, actor: Actor, settings: Settings
    ) -> None:
        token = _sign(settings, _claims(actor, settings), secret="x" * 48)
        assert (await _me(client, token)).status_code == 401

    async def test_alg_none(
        self, client: httpx.AsyncClient, actor: Actor, settings: Settings
    ) -> None:
        head = (
            base64.urlsafe_b64encode(
                json.dumps(
                    {
                        "alg": "none",
                        "typ": "JWT",
                        "kid": key_id(settings.jwt_secret.get_secret_value()),
                    }
                ).encode()
            )
            .decode()
            .rstrip("=")
        )
        body = (
            base64.urlsafe_b64encode(json.dumps(_claims(actor, settings)).encode())
            .decode()
            .rstrip("=")
        )
        assert (await _me(client, f"{head}.{body}.")).status_code == 401

    async def test_other_algorithm_family(
        self, client: httpx.AsyncClient, actor: Actor, settings: Settings
    ) -> None:
        token = _sign(settings, _claims(actor, settings), alg="HS512")
        assert (await _me(client, token)).status_code == 401

    async def test_garbage(self, client: httpx.AsyncClient) -> None:
        assert (await _me(client, "not.a.jwt")).status_code == 401
        assert (await _me(client, "cst_nothex_secret")).status_code == 401

    async def test_previous_secret_still_verifies_during_rotation(
        self,
        client: httpx.AsyncClient,
        actor: Actor,
        settings: Settings,
        app,  # type: ignore[no-untyped-def]
    ) -> None:
        old = settings.jwt_secret
        rotated = settings.model_copy(
            update={
                "jwt_secret": type(old)("a-brand-new-secret-for-rotation-0123456789"),
                "jwt_previous_secrets": [old],
            }
        )
        app.state.settings = rotated
        assert (await _me(client, _sign(settings, _claims(actor, settings)))).status_code == 200
        app.state.settings = settings.model_copy(
            update={"jwt_secret": type(old)("a-brand-new-secret-for-rotation-0123456789")}
        )
        assert (await _me(client, _sign(settings, _claims(actor, settings)))).status_code == 401
