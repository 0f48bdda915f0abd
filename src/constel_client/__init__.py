"""Constel Python client.

``constel_client.crypto`` implements the end-to-end protocol (PyNaCl). An httpx client of
the API (``constel_client.api``) builds on it.
"""

from .crypto import (
    CryptoError,
    EncryptedRecord,
    Envelope,
    Identity,
    KdfFloor,
    KeyMaterial,
    KeyPins,
    PairKey,
    PairKeyRing,
    PublicBundle,
    VerificationError,
)

__all__ = [
    "CryptoError",
    "EncryptedRecord",
    "Envelope",
    "Identity",
    "KdfFloor",
    "KeyMaterial",
    "KeyPins",
    "PairKey",
    "PairKeyRing",
    "PublicBundle",
    "VerificationError",
]
