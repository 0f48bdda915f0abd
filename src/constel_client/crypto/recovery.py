"""Recovery key: 32 random bytes shown once, in a form a person can copy by hand.

Display format (version 1)::

    CR1-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX

* ``CR1`` names the format version; another version is refused (UnknownVersionError).
* The 14 groups of 4 are Crockford base32 (alphabet ``0-9 A-Z`` without ``I L O U``) of
  35 bytes: the 32-byte key followed by a 3-byte checksum
  ``BLAKE2b-24(enc("recovery-check", key))``. 35 bytes = 280 bits = exactly 56 characters.
* Parsing is forgiving about presentation (case, spaces, hyphens, ``O``->``0``,
  ``I``/``L``->``1``) but strict about content: any changed, missing or swapped
  character fails the checksum with probability 1 - 2^-24 and raises RecoveryKeyError.
"""

from __future__ import annotations

from .encoding import enc
from .errors import RecoveryKeyError, UnknownVersionError
from .primitives import KEY_BYTES, generichash

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(ALPHABET)} | {"O": 0, "I": 1, "L": 1}
PREFIX = "CR1"
CHECK_BYTES = 3
GROUP = 4
_CHARS = ((KEY_BYTES + CHECK_BYTES) * 8) // 5  # 56


def _checksum(key: bytes) -> bytes:
    return generichash(CHECK_BYTES, enc("recovery-check", key))


def format_recovery_key(key: bytes) -> str:
    """Display form of a 32-byte recovery key (see module docstring)."""
    if len(key) != KEY_BYTES:
        raise RecoveryKeyError("recovery key must be 32 bytes")
    number = int.from_bytes(key + _checksum(key), "big")
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(_CHARS))]
    groups = ["".join(chars[i : i + GROUP]) for i in range(0, _CHARS, GROUP)]
    return "-".join([PREFIX, *groups])


def parse_recovery_key(text: str) -> bytes:
    """Raw 32-byte key from its display form; raises on typos or an unknown version."""
    clean = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    if not clean.startswith("CR") or len(clean) < 3:
        raise RecoveryKeyError("not a Constel recovery key")
    if clean[2] != PREFIX[2]:
        raise UnknownVersionError(f"unknown recovery key version {clean[2]!r}")
    body = clean[3:]
    if len(body) != _CHARS:
        raise RecoveryKeyError(f"recovery key must have {_CHARS} characters, got {len(body)}")
    number = 0
    for ch in body:
        if ch not in _DECODE:
            raise RecoveryKeyError(f"invalid character {ch!r} in recovery key")
        number = (number << 5) | _DECODE[ch]
    raw = number.to_bytes(KEY_BYTES + CHECK_BYTES, "big")
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _checksum(key) != check:
        raise RecoveryKeyError("recovery key checksum does not match (typo?)")
    return key
