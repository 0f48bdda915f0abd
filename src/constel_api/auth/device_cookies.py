"""Device cookies (OWASP, "slow down online guessing attacks with device cookies").

A successful sign-in leaves a signed cookie bound to the account in that browser. Later
attempts presenting a valid one are counted against that device only, so an attacker's
failures elsewhere never slow the person down, while the device itself stays limited.
The cookie names no e-mail: its name is a keyed digest of the account, its value a
random nonce, the time it was issued and a MAC over both and the account.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from constel_api.config import Settings

COOKIE_PREFIX = "constel_device_"
COOKIE_PATH = "/api/v1/auth/login"


@dataclass(frozen=True)
class DeviceCookie:
    name: str
    value: str
    max_age: int


def _keys(settings: Settings) -> list[bytes]:
    secrets_ = [settings.jwt_secret, *settings.jwt_previous_secrets]
    return [
        hmac.new(s.get_secret_value().encode(), b"constel-device-cookie", hashlib.sha256).digest()
        for s in secrets_
    ]


def _mac(key: bytes, email: str, nonce: str, issued: int) -> str:
    digest = hmac.new(key, f"{email}\n{nonce}\n{issued}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def cookie_name(settings: Settings, email: str) -> str:
    """Per-account name, so one browser keeps a cookie for each account it signs in to."""
    tag = hmac.new(_keys(settings)[0], b"name:" + email.encode(), hashlib.sha256).hexdigest()
    return COOKIE_PREFIX + tag[:20]


def issue(settings: Settings, email: str, now: datetime) -> DeviceCookie:
    nonce = uuid.UUID(bytes=secrets.token_bytes(16), version=4).hex
    issued = int(now.timestamp())
    value = f"{nonce}.{issued}.{_mac(_keys(settings)[0], email, nonce, issued)}"
    max_age = int(timedelta(days=settings.device_cookie_ttl_days).total_seconds())
    return DeviceCookie(name=cookie_name(settings, email), value=value, max_age=max_age)


def verify(settings: Settings, email: str, value: str | None, now: datetime) -> uuid.UUID | None:
    """The device id of a valid, unexpired cookie for ``email``; None otherwise."""
    if not value:
        return None
    nonce, _, rest = value.partition(".")
    issued_text, _, mac = rest.partition(".")
    try:
        device_id = uuid.UUID(hex=nonce)
        issued = int(issued_text)
    except ValueError:
        return None
    age = now.timestamp() - issued
    if age < -60 or age > timedelta(days=settings.device_cookie_ttl_days).total_seconds():
        return None
    for key in _keys(settings):
        if hmac.compare_digest(_mac(key, email, nonce, issued), mac):
            return device_id
    return None
