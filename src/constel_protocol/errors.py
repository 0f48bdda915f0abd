"""The protocol's base errors, shared by the client and the server's validation."""

from __future__ import annotations


class CryptoError(Exception):
    """Base class for every protocol error."""


class EncodingError(CryptoError, ValueError):
    """Malformed input: bad base64, wrong length, bad ``enc`` framing, bad id."""
