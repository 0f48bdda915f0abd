"""Seal the provider's client secret and private key at rest.

The key is derived from the server's JWT secret (never stored); after a rotation of that
secret the previous ones still open what they sealed, so configurations keep working.
"""

from __future__ import annotations

import hashlib
import hmac

import nacl.exceptions
import nacl.secret

from constel_api.config import Settings

_CONTEXT = b"constel-sso-sealing-v1"


def _key(secret: str) -> bytes:
    return hmac.new(secret.encode(), _CONTEXT, hashlib.sha256).digest()


def seal(settings: Settings, plaintext: str) -> bytes:
    box = nacl.secret.SecretBox(_key(settings.jwt_secret.get_secret_value()))
    return bytes(box.encrypt(plaintext.encode()))


def unseal(settings: Settings, sealed: bytes) -> str:
    """The plaintext; raises ValueError when no known server secret opens it."""
    for secret in (settings.jwt_secret, *settings.jwt_previous_secrets):
        box = nacl.secret.SecretBox(_key(secret.get_secret_value()))
        try:
            return bytes(box.decrypt(sealed)).decode()
        except nacl.exceptions.CryptoError:
            continue
    raise ValueError("sealed with an unknown server secret")
