"""Checking what the provider signs: ID tokens, signed userinfo and logout tokens.

Signatures with ``joserfc`` against the provider's published keys (only the algorithms it
publishes, never ``none`` nor HMAC); ID token claims with authlib's ``CodeIDToken``
(iss, aud, azp, exp, iat, nonce), within a bounded clock skew.
"""

from __future__ import annotations

import base64
import json
import time
from typing import Any

from authlib.oidc.core import CodeIDToken
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwt import JWTClaimsRegistry

from constel_api.sso.errors import LogoutTokenInvalid, SsoRefused
from constel_api.sso.provider import ProviderCache, ProviderMetadata

# An ID token older than this is refused even if not expired: it belongs to another sign-in.
MAX_ID_TOKEN_AGE_SECONDS = 600
BACKCHANNEL_EVENT = "http://schemas.openid.net/event/backchannel-logout"


def _header(token: str) -> dict[str, Any]:
    try:
        segment = token.split(".")[0]
        header = json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
    except (ValueError, IndexError) as exc:
        raise ValueError("unreadable token header") from exc
    if not isinstance(header, dict):
        raise ValueError("unreadable token header")
    return header


async def verify_signature(
    token: str, metadata: ProviderMetadata, cache: ProviderCache
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Header and claims of a token signed by one of the provider's published keys.

    Raises ValueError with the reason (never the token) otherwise.
    """
    header = _header(token)
    alg = header.get("alg")
    if not isinstance(alg, str) or alg not in metadata.id_token_algs:
        raise ValueError(f"algorithm {alg!r} is not one the provider publishes")
    kid = header.get("kid")
    keys = await cache.key_set(metadata.jwks_uri, kid if isinstance(kid, str) else None)
    if isinstance(kid, str) and kid not in {k.kid for k in keys}:
        raise ValueError("signed with a key the provider does not publish")
    try:
        decoded = jwt.decode(token, keys, algorithms=[alg])
    except JoseError as exc:
        raise ValueError(f"signature refused ({type(exc).__name__})") from exc
    return dict(decoded.header), dict(decoded.claims)


async def verify_id_token(
    token: str,
    *,
    metadata: ProviderMetadata,
    cache: ProviderCache,
    client_id: str,
    nonce: str,
    leeway_seconds: int,
) -> dict[str, Any]:
    """The ID token's claims once signature, issuer, audience, times and nonce hold."""
    try:
        header, claims = await verify_signature(token, metadata, cache)
    except ValueError as exc:
        raise SsoRefused("sso_token_invalid", f"ID token: {exc}") from exc
    now = int(time.time())
    checked = CodeIDToken(
        claims,
        header,
        options={
            "iss": {"essential": True, "value": metadata.issuer},
            "aud": {"essential": True, "value": client_id},
            "exp": {"essential": True},
            "iat": {"essential": True},
            "nonce": {"essential": True, "value": nonce},
        },
        params={"nonce": nonce, "client_id": client_id},
    )
    try:
        checked.validate(now=now, leeway=leeway_seconds)
    except JoseError as exc:
        raise SsoRefused("sso_token_invalid", f"ID token claims: {exc}") from exc
    if float(claims["iat"]) < now - MAX_ID_TOKEN_AGE_SECONDS - leeway_seconds:
        raise SsoRefused("sso_token_invalid", "ID token claims: issued too long ago")
    if not isinstance(claims.get("sub"), str) or not claims["sub"]:
        raise SsoRefused("sso_token_invalid", "ID token claims: no subject")
    return claims


async def verify_logout_token(
    token: str,
    *,
    metadata: ProviderMetadata,
    cache: ProviderCache,
    client_id: str,
    leeway_seconds: int,
) -> dict[str, Any]:
    """A back-channel logout token's claims (OIDC Back-Channel Logout 1.0, section 2.6)."""
    try:
        _header, claims = await verify_signature(token, metadata, cache)
    except ValueError as exc:
        raise LogoutTokenInvalid(str(exc)) from exc
    now = int(time.time())
    options: dict[str, Any] = {
        "iss": {"essential": True, "value": metadata.issuer},
        "aud": {"essential": True, "value": client_id},
        "iat": {"essential": True},
        "jti": {"essential": True},
    }
    try:
        JWTClaimsRegistry(now=now, leeway=leeway_seconds, **options).validate(claims)
    except JoseError as exc:
        raise LogoutTokenInvalid(f"claims: {exc}") from exc
    if float(claims["iat"]) < now - MAX_ID_TOKEN_AGE_SECONDS - leeway_seconds:
        raise LogoutTokenInvalid("issued too long ago")
    events = claims.get("events")
    if not isinstance(events, dict) or BACKCHANNEL_EVENT not in events:
        raise LogoutTokenInvalid("not a back-channel logout event")
    if "nonce" in claims:
        raise LogoutTokenInvalid("a logout token carries no nonce")
    if not isinstance(claims.get("sub"), str) and not isinstance(claims.get("sid"), str):
        raise LogoutTokenInvalid("neither sub nor sid")
    return claims
