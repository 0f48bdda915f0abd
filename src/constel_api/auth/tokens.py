"""Access JWTs (PyJWT, HS256 only), opaque refresh tokens and machine-client secrets."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jwt

from constel_api.config import Settings

ALGORITHM = "HS256"
ACCESS_TOKEN_TYPE = "access"  # noqa: S105
REQUIRED_CLAIMS = ["iss", "aud", "sub", "org", "fid", "typ", "jti", "iat", "exp", "amr"]
MACHINE_TOKEN_PREFIX = "cst_"  # noqa: S105


class InvalidToken(Exception):
    """Any reason a bearer token is refused; the reason is logged, never returned."""


@dataclass(frozen=True)
class AccessClaims:
    person_id: uuid.UUID
    organisation_id: uuid.UUID
    family_id: uuid.UUID
    issued_at: float
    amr: tuple[str, ...]
    jti: str


def key_id(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()[:12]


def issue_access_token(
    settings: Settings,
    *,
    person_id: uuid.UUID,
    organisation_id: uuid.UUID,
    family_id: uuid.UUID,
    amr: list[str],
    now: datetime,
) -> str:
    """A short-lived JWT; ``fid`` names the refresh family (the sign-in) it belongs to, so
    revoking that family stops its access tokens at once."""
    secret = settings.jwt_secret.get_secret_value()
    payload: dict[str, Any] = {
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "sub": str(person_id),
        "org": str(organisation_id),
        "fid": str(family_id),
        "typ": ACCESS_TOKEN_TYPE,
        "jti": uuid.uuid4().hex,
        # Millisecond precision so "log out everywhere" also kills tokens of the same second.
        "iat": round(now.timestamp(), 3),
        "exp": int((now + timedelta(seconds=settings.access_token_ttl_seconds)).timestamp()),
        "amr": amr,
    }
    return jwt.encode(payload, secret, algorithm=ALGORITHM, headers={"kid": key_id(secret)})


def decode_access_token(settings: Settings, token: str) -> AccessClaims:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError as exc:
        raise InvalidToken("malformed token") from exc
    if header.get("alg") != ALGORITHM:
        raise InvalidToken("algorithm not allowed")
    keys = {
        key_id(s.get_secret_value()): s.get_secret_value() for s in settings.jwt_previous_secrets
    }
    current = settings.jwt_secret.get_secret_value()
    keys[key_id(current)] = current
    secret = keys.get(str(header.get("kid")))
    if secret is None:
        raise InvalidToken("unknown key id")
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={"require": REQUIRED_CLAIMS},
        )
    except jwt.PyJWTError as exc:
        raise InvalidToken(type(exc).__name__) from exc
    if claims.get("typ") != ACCESS_TOKEN_TYPE:
        raise InvalidToken("wrong token type")
    try:
        return AccessClaims(
            person_id=uuid.UUID(str(claims["sub"])),
            organisation_id=uuid.UUID(str(claims["org"])),
            family_id=uuid.UUID(str(claims["fid"])),
            issued_at=float(claims["iat"]),
            amr=tuple(str(a) for a in claims["amr"]),
            jti=str(claims["jti"]),
        )
    except (ValueError, TypeError) as exc:
        raise InvalidToken("malformed claims") from exc


def new_opaque_token() -> str:
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> bytes:
    """SHA-256 suffices: these tokens carry 256 bits of entropy, unlike passwords."""
    return hashlib.sha256(token.encode()).digest()


def csrf_token_for(settings: Settings, refresh_token: str) -> str:
    """Signed double-submit token bound to the refresh token it protects."""
    mac = hmac.new(
        settings.jwt_secret.get_secret_value().encode(),
        b"csrf:" + refresh_token.encode(),
        hashlib.sha256,
    ).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def new_machine_token(client_id: uuid.UUID) -> str:
    return f"{MACHINE_TOKEN_PREFIX}{client_id.hex}_{secrets.token_urlsafe(32)}"


def parse_machine_token(token: str) -> uuid.UUID:
    if not token.startswith(MACHINE_TOKEN_PREFIX):
        raise InvalidToken("not a machine token")
    body = token[len(MACHINE_TOKEN_PREFIX) :]
    client_hex, sep, _secret = body.partition("_")
    if not sep:
        raise InvalidToken("malformed machine token")
    try:
        return uuid.UUID(hex=client_hex)
    except ValueError as exc:
        raise InvalidToken("malformed machine token") from exc
