"""Shape checks of what clients send: strict base64, exact lengths, signatures.

Messages never echo the submitted value (it may be ciphertext or a key).
"""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Any

import nacl.exceptions
import nacl.signing
from pydantic import AfterValidator, BeforeValidator, PlainSerializer, WithJsonSchema

from constel_api.errors import Unprocessable
from constel_api.vault.registry import (
    FILE_CHUNK_ABYTES,
    PAD_BLOCK,
    SEAL_OVERHEAD,
    SIG_BYTES,
    WDEK_BYTES,
    RecordType,
)
from constel_protocol.encoding import enc

__all__ = ["B64", "check_ciphertext", "enc", "exact", "signature_ok"]


def _decode_b64(value: Any) -> bytes:
    if isinstance(value, bytes):  # already bytes: from the database, not from a client
        return value
    if not isinstance(value, str):
        raise ValueError("must be a standard base64 string")
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError("must be standard base64 with padding") from None
    if base64.b64encode(data).decode("ascii") != value:
        raise ValueError("must be canonical standard base64 with padding")
    return data


def _encode_b64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


B64 = Annotated[
    bytes,
    BeforeValidator(_decode_b64),
    PlainSerializer(_encode_b64, return_type=str, when_used="always"),
    WithJsonSchema({"type": "string", "format": "byte", "description": "standard base64"}),
]


def exact(length: int) -> AfterValidator:
    def check(value: bytes) -> bytes:
        if len(value) != length:
            raise ValueError(f"must decode to exactly {length} bytes")
        return value

    return AfterValidator(check)


def min_length(length: int) -> AfterValidator:
    def check(value: bytes) -> bytes:
        if len(value) < length:
            raise ValueError(f"must decode to at least {length} bytes")
        return value

    return AfterValidator(check)


def signature_ok(ed_pk: bytes, message: bytes, sig: bytes) -> bool:
    """Ed25519 detached signature check (PyNaCl raises; we turn that into a bool)."""
    if len(sig) != SIG_BYTES:
        return False
    try:
        nacl.signing.VerifyKey(ed_pk).verify(message, sig)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError):
        return False
    return True


def check_ciphertext(rtype: RecordType, field: str, ct: bytes, wdek: bytes, sig: bytes) -> None:
    """``nonce(24) || aead(pad(m, 256))``: padded length in 256-byte steps, within the cap."""
    loc = f"fields.{field}"
    if field not in rtype.fields:
        raise Unprocessable(f"{loc}: not a field of {rtype.name}", code="unknown_field")
    body = len(ct) - SEAL_OVERHEAD
    if body < PAD_BLOCK or body % PAD_BLOCK:
        raise Unprocessable(f"{loc}.ct: not a padded ciphertext", code="invalid_ciphertext")
    if body > rtype.max_padded:
        raise Unprocessable(
            f"{loc}.ct: larger than the {rtype.max_padded}-byte cap of {rtype.name}",
            code="record_too_large",
        )
    if len(wdek) != WDEK_BYTES:
        raise Unprocessable(f"{loc}.wdek: must be {WDEK_BYTES} bytes", code="invalid_wdek")
    if len(sig) != SIG_BYTES:
        raise Unprocessable(f"{loc}.sig: must be {SIG_BYTES} bytes", code="invalid_signature")


def check_file_chunk(data: bytes, max_len: int) -> None:
    if not FILE_CHUNK_ABYTES <= len(data) <= max_len:
        raise Unprocessable("Not a secretstream chunk.", code="invalid_chunk")
