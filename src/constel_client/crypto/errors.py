"""Exception classes of the Constel protocol.

Every failure that could be an attack (bad tag, bad signature, swapped field) is a
``VerificationError`` so callers handle "do not trust this" in one place.
"""

from __future__ import annotations

from constel_protocol.errors import CryptoError, EncodingError

__all__ = [
    "CryptoError",
    "EncodingError",
    "KeyChangedError",
    "ParameterFloorError",
    "RecoveryKeyError",
    "RollbackError",
    "UnknownVersionError",
    "VerificationError",
]


class VerificationError(CryptoError):
    """Authentication failed: a tag, a signature or a context field does not match."""


class KeyChangedError(VerificationError):
    """A person's public key differs from the pinned one and was not accepted."""


class RollbackError(VerificationError):
    """The server offered an epoch older than one this client already knows."""


class ParameterFloorError(CryptoError):
    """Argon2id parameters are below this client's floor (or above its ceiling)."""


class UnknownVersionError(CryptoError):
    """A wire object or recovery key carries a version this client does not speak."""


class RecoveryKeyError(CryptoError, ValueError):
    """A recovery key was mistyped: bad characters, length or checksum."""
