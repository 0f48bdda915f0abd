"""A real OpenID provider (oidc-provider, from npm) on loopback, and helpers to sign in
through it as a browser would: the provider's own login page, its redirects, our callback.

The provider is installed by `make install` (tests/sso/provider); it is started once per
test session. `/__test/*` routes of that script register clients, rotate its keys and spoil
the next ID token, so the bad inputs are produced by the provider's real token endpoint.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

import httpx
import pytest

from constel_api.models import Organisation, Person, Role
from tests.fixtures.actors import Actor, Factory

PROVIDER_DIR = Path(__file__).parent / "provider"
APP_BASE = "https://testserver"
DOMAIN = "ministere.example"


@dataclass
class Provider:
    issuer: str
    process: subprocess.Popen[str]

    def control(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        response = httpx.post(f"{self.issuer}/__test/{path}", json=body or {}, timeout=30)
        response.raise_for_status()
        result: dict[str, Any] = response.json() if response.content else {}
        return result

    def register(self, clients: list[dict[str, Any]]) -> None:
        self.control("clients", {"clients": clients})

    def tamper(self, mode: str | None) -> None:
        self.control("tamper", {"mode": mode})

    def rotate(self, *, drop: bool = False) -> str:
        return str(self.control("rotate", {"drop": drop})["kid"])

    def logout_tokens(self, *, wait_for: int = 0) -> list[str]:
        """Logout tokens the provider posted; it posts them after answering the browser,
        so wait up to ten seconds for ``wait_for`` of them."""
        tokens: list[str] = []
        deadline = time.monotonic() + 10
        while True:
            tokens += self.control("logout-tokens")["tokens"]
            if len(tokens) >= wait_for or time.monotonic() > deadline:
                return tokens
            time.sleep(0.1)


@pytest.fixture(scope="session")
def provider() -> Iterator[Provider]:
    node = shutil.which("node")
    if node is None or not (PROVIDER_DIR / "node_modules" / "oidc-provider").is_dir():
        pytest.fail("the test OpenID provider is not installed: run `make install`")
    process = subprocess.Popen(
        [node, "server.mjs", "accounts.json"],
        cwd=PROVIDER_DIR,
        stdout=subprocess.PIPE,
        stderr=None,  # the provider reports its own errors (back-channel failures)
        text=True,
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 60
    issuer = None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        if line.startswith("{"):
            issuer = json.loads(line)["issuer"]
            break
    if issuer is None:
        process.kill()
        process.wait(timeout=10)
        process.stdout.close()
        pytest.fail("the test OpenID provider did not start")
    try:
        yield Provider(issuer=issuer, process=process)
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


@dataclass
class SsoOrg:
    org: Organisation
    admin: Actor
    config: dict[str, Any]
    client_id: str
    people: dict[str, Person] = field(default_factory=dict)


def client_registration(config: dict[str, Any], provider: Provider, **extra: Any) -> dict[str, Any]:
    registration = {
        "client_id": config["client_id"],
        "redirect_uris": [config["redirect_uri"]],
        "post_logout_redirect_uris": [config["post_logout_redirect_uri"]],
        "grant_types": ["authorization_code"],
        "response_types": ["code"],
        # The provider posts logout tokens to its own sink: the app under test runs in
        # the test's process (ASGI), so the test hands them over as the provider would.
        "backchannel_logout_uri": f"{provider.issuer}/__test/backchannel-sink",
        "backchannel_logout_session_required": True,
    }
    if config["client_auth_method"] == "private_key_jwt":
        registration |= {
            "token_endpoint_auth_method": "private_key_jwt",
            "token_endpoint_auth_signing_alg": "RS256",
            "jwks": {"keys": [config["public_jwk"]]},
        }
    else:
        registration |= {
            "token_endpoint_auth_method": "client_secret_basic",
            "client_secret": extra.pop("client_secret"),
        }
    return registration | extra


async def configure(
    client: httpx.AsyncClient,
    admin: Actor,
    provider: Provider,
    **overrides: Any,
) -> tuple[dict[str, Any], str]:
    """PUT the organisation's SSO settings and register the matching client at the provider."""
    client_id = f"constel-{admin.organisation_id.hex[:12]}"
    secret = "s3cret-" + admin.organisation_id.hex
    body: dict[str, Any] = {
        "enabled": True,
        "issuer": provider.issuer,
        "client_id": client_id,
        "client_secret": secret,
        "identifying_claim": "email",
        "allowed_domains": [DOMAIN],
    } | overrides
    if body.get("client_auth_method") == "private_key_jwt":
        body.pop("client_secret", None)
    response = await client.put("/api/v1/organisation/sso", json=body, headers=admin.headers)
    assert response.status_code == 200, response.text
    config = response.json()
    provider.register([client_registration(config, provider, client_secret=secret)])
    return config, client_id


@pytest.fixture
async def sso_org(
    client: httpx.AsyncClient, factory: Factory, provider: Provider
) -> AsyncIterator[SsoOrg]:
    org = await factory.organisation("Ministère de l'exemple")
    admin = await factory.actor(client, org, Role.ORG_ADMIN, email=f"admin@{DOMAIN}")
    config, client_id = await configure(client, admin, provider)
    people = {
        "alice": await factory.person(org, email=f"alice@{DOMAIN}", password=None,
                                      external_id="alice-oid"),
        "bob": await factory.person(org, Role.ORG_ADMIN, email=f"bob@{DOMAIN}", password=None),
        "dave": await factory.person(org, email=f"dave@{DOMAIN}", password=None, active=False),
    }
    client.cookies.clear()
    yield SsoOrg(org=org, admin=admin, config=config, client_id=client_id, people=people)
    provider.tamper(None)  # a test that spoiled a token it never fetched


async def provider_login(
    start: str, login: str, password: str, browser: httpx.AsyncClient | None = None
) -> str:
    """Act as the browser at the provider: its authorize URL, login page and redirects,
    until it sends the browser back to Constel; returns that callback URL. Pass
    ``browser`` to keep the provider's session cookies for later."""
    if browser is None:
        async with httpx.AsyncClient(timeout=30) as own:
            return await provider_login(start, login, password, own)
    url = start
    response = await browser.get(url)
    for _ in range(10):
        if response.is_redirect:
            url = urljoin(url, response.headers["location"])
            if url.startswith(APP_BASE):
                return url
            response = await browser.get(url)
            continue
        assert response.status_code == 200, response.text
        assert 'name="password"' in response.text, response.text
        action = urljoin(url, f"{urlsplit(url).path}/login")
        response = await browser.post(action, data={"login": login, "password": password})
        url = action
    raise AssertionError("the provider never sent the browser back")


async def start_sign_in(client: httpx.AsyncClient, email: str) -> str:
    """Home-realm discovery, then /auth/sso/start: the provider's authorize URL."""
    found = await client.post("/api/v1/auth/discover", json={"email": email})
    assert found.status_code == 200, found.text
    assert found.json()["method"] == "sso", found.json()
    started = await client.get(found.json()["start_url"])
    assert started.status_code == 303, started.text
    location: str = started.headers["location"]
    return location


async def callback(
    client: httpx.AsyncClient, url: str, *, html: bool = False
) -> httpx.Response:
    parts = urlsplit(url)
    headers = {"Accept": "text/html"} if html else {"Accept": "application/json"}
    return await client.get(f"{parts.path}?{parts.query}", headers=headers)


async def sign_in(
    client: httpx.AsyncClient, email: str, login: str, password: str
) -> httpx.Response:
    """The whole round trip; the callback's response (303 to the app, or a refusal)."""
    authorize = await start_sign_in(client, email)
    return await callback(client, await provider_login(authorize, login, password))


async def access_token(client: httpx.AsyncClient, callback_response: httpx.Response) -> str:
    """What the SPA does after the callback: refresh with the cookies the callback set."""
    assert callback_response.status_code == 303, callback_response.text
    csrf = callback_response.cookies["constel_csrf"]
    refreshed = await client.post("/api/v1/auth/refresh", headers={"X-CSRF-Token": csrf})
    assert refreshed.status_code == 200, refreshed.text
    token: str = refreshed.json()["access_token"]
    return token


def query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
