"""TOTP recovery codes: ten single-use codes, shown once, stored as SHA-256 only.

Each carries 80 random bits (16 Crockford base-32 characters, typed as four groups), so a
fast hash suffices, as for refresh tokens; what people type is forgiving: case, spaces,
dashes and the letters O / I / L read as digits.
"""

from __future__ import annotations

import hashlib
import secrets

COUNT = 10
_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"  # Crockford: no i, l, o, u
_LENGTH = 16
_CONFUSABLE = str.maketrans({"o": "0", "i": "1", "l": "1"})


def generate() -> list[str]:
    codes = []
    for _ in range(COUNT):
        raw = "".join(secrets.choice(_ALPHABET) for _ in range(_LENGTH))
        codes.append("-".join(raw[i : i + 4] for i in range(0, _LENGTH, 4)))
    return codes


def normalise(code: str) -> str | None:
    """The code's canonical characters, or None when it cannot be a recovery code."""
    cleaned = "".join(code.lower().split()).replace("-", "").translate(_CONFUSABLE)
    if len(cleaned) != _LENGTH or any(c not in _ALPHABET for c in cleaned):
        return None
    return cleaned


def digest(code: str) -> bytes | None:
    canonical = normalise(code)
    return hashlib.sha256(canonical.encode()).digest() if canonical is not None else None
