"""The Authorization Code + PKCE exchange with the provider, built on authlib's client
primitives (authorization URL, token request, client authentication)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
from authlib.common.security import generate_token
from authlib.oauth2.auth import ClientAuth
from authlib.oauth2.rfc6749.parameters import prepare_grant_uri, prepare_token_request
from authlib.oauth2.rfc7523 import PrivateKeyJWT
from authlib.oauth2.rfc7636 import create_s256_code_challenge

from constel_api.sso.errors import SsoRefused
from constel_api.sso.provider import ProviderCache, ProviderMetadata


@dataclass(frozen=True)
class PendingSecrets:
    state: str
    nonce: str
    code_verifier: str
    browser_secret: str

    @classmethod
    def new(cls) -> PendingSecrets:
        return cls(
            state=generate_token(43),
            nonce=generate_token(43),
            code_verifier=generate_token(64),
            browser_secret=generate_token(43),
        )


@dataclass(frozen=True)
class ClientCredentials:
    client_id: str
    method: str  # client_secret_basic | private_key_jwt
    secret: str  # the client secret, or the private key (PEM) for private_key_jwt
    key_id: str | None = None


def authorization_url(
    metadata: ProviderMetadata,
    *,
    client_id: str,
    redirect_uri: str,
    scopes: list[str],
    secrets: PendingSecrets,
    login_hint: str | None,
) -> str:
    url: str = prepare_grant_uri(
        metadata.authorization_endpoint,
        client_id,
        "code",
        redirect_uri=redirect_uri,
        scope=scopes,
        state=secrets.state,
        nonce=secrets.nonce,
        code_challenge=create_s256_code_challenge(secrets.code_verifier),
        code_challenge_method="S256",
        login_hint=login_hint,
    )
    return url


def _client_auth(credentials: ClientCredentials, token_endpoint: str) -> ClientAuth:
    if credentials.method == "private_key_jwt":
        headers = {"kid": credentials.key_id} if credentials.key_id else None
        method = PrivateKeyJWT(token_endpoint, headers=headers, alg="RS256")
        return ClientAuth(credentials.client_id, credentials.secret, method)
    return ClientAuth(credentials.client_id, credentials.secret, "client_secret_basic")


async def exchange_code(
    metadata: ProviderMetadata,
    cache: ProviderCache,
    *,
    credentials: ClientCredentials,
    code: str,
    code_verifier: str,
    redirect_uri: str,
) -> dict[str, Any]:
    """The token response; a refusal by the provider is ``sso_provider_error``."""
    body = prepare_token_request(
        "authorization_code", code=code, redirect_uri=redirect_uri, code_verifier=code_verifier
    )
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/json",
    }
    uri, headers, body = _client_auth(credentials, metadata.token_endpoint).prepare(
        "POST", metadata.token_endpoint, headers, body
    )
    try:
        async with cache.http() as client:
            response = await client.post(uri, content=body, headers=headers)
    except httpx.HTTPError as exc:
        reason = f"token endpoint: {type(exc).__name__}"
        raise SsoRefused("sso_provider_unreachable", reason) from exc
    try:
        payload = response.json()
    except ValueError:
        payload = None
    if response.status_code != 200 or not isinstance(payload, dict):
        error = payload.get("error") if isinstance(payload, dict) else None
        raise SsoRefused(
            "sso_provider_error", f"token endpoint answered {response.status_code} {error!r}"
        )
    if not isinstance(payload.get("id_token"), str):
        raise SsoRefused("sso_token_invalid", "the token response holds no ID token")
    return payload


async def fetch_userinfo(
    metadata: ProviderMetadata, cache: ProviderCache, access_token: str
) -> tuple[str, dict[str, Any] | str]:
    """(content type, body): a JSON object, or a signed JWT (ProConnect) to verify."""
    if not metadata.userinfo_endpoint:
        raise SsoRefused("sso_claim_missing", "no userinfo endpoint")
    try:
        async with cache.http() as client:
            response = await client.get(
                metadata.userinfo_endpoint, headers={"Authorization": f"Bearer {access_token}"}
            )
    except httpx.HTTPError as exc:
        raise SsoRefused("sso_provider_unreachable", f"userinfo: {type(exc).__name__}") from exc
    if response.status_code != 200:
        raise SsoRefused("sso_provider_error", f"userinfo answered {response.status_code}")
    content_type = response.headers.get("content-type", "").split(";")[0].strip()
    if content_type == "application/jwt":
        return content_type, response.text.strip()
    try:
        body = response.json()
    except ValueError as exc:
        raise SsoRefused("sso_provider_error", "userinfo is not JSON") from exc
    if not isinstance(body, dict):
        raise SsoRefused("sso_provider_error", "userinfo is not an object")
    return content_type, body
