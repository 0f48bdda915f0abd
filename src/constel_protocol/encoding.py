"""Canonical encodings: base64 on the wire and ``enc(...)`` for every AAD and signed message.

``enc(label, f1, ..., fn)`` = ``b"CONSTEL1"`` then, for the label and each field,
``u16be(len) || bytes``. Strings are UTF-8, integers decimal ASCII, ids the lowercase
hyphenated UUID text, keys raw bytes. Never JSON (key order differs across languages).

Extension (needed for signatures over large ciphertexts, e.g. a 1 MB record): a field
of 65535 bytes or more is written ``ff ff || u32be(len) || bytes``. Fields shorter than
65535 bytes (all the spec's known answers) are unchanged, and the framing stays
prefix-free, so the encoding remains injective.
"""

from __future__ import annotations

import base64
import binascii
import uuid

from constel_protocol.errors import EncodingError

PREFIX = b"CONSTEL1"
_ESCAPE = 0xFFFF
_MAX_FIELD = 0xFFFFFFFF

Field = str | int | bytes | uuid.UUID


def b64e(data: bytes) -> str:
    """Standard base64 with padding (RFC 4648 section 4)."""
    return base64.b64encode(data).decode("ascii")


def b64d(text: str, length: int | None = None) -> bytes:
    """Strict standard base64 decode; optionally check the decoded length."""
    if not isinstance(text, str):
        raise EncodingError("base64 value must be a string")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise EncodingError("invalid base64") from exc
    if base64.b64encode(data).decode("ascii") != text:
        raise EncodingError("non-canonical base64")
    if length is not None and len(data) != length:
        raise EncodingError(f"expected {length} bytes, got {len(data)}")
    return data


def canonical_id(value: str | uuid.UUID) -> str:
    """Return the lowercase hyphenated UUID text; refuse anything else."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if not isinstance(value, str):
        raise EncodingError("id must be a UUID string")
    try:
        text = str(uuid.UUID(value))
    except ValueError as exc:
        raise EncodingError(f"invalid id {value!r}") from exc
    if text != value:
        raise EncodingError(f"id must be lowercase hyphenated UUID text: {value!r}")
    return text


def field_bytes(value: Field) -> bytes:
    """Bytes of one ``enc`` field according to its type."""
    if isinstance(value, bool):
        raise EncodingError("booleans are not enc fields")
    if isinstance(value, bytes):
        return value
    if isinstance(value, int):
        return str(value).encode("ascii")
    if isinstance(value, uuid.UUID):
        return str(value).encode("ascii")
    if isinstance(value, str):
        return value.encode("utf-8")
    raise EncodingError(f"unsupported enc field type {type(value).__name__}")


def enc(label: str, *fields: Field) -> bytes:
    """Length-prefixed canonical encoding of a label and its fields."""
    out = bytearray(PREFIX)
    for item in (label, *fields):
        data = field_bytes(item)
        n = len(data)
        if n < _ESCAPE:
            out += n.to_bytes(2, "big")
        elif n <= _MAX_FIELD:
            out += _ESCAPE.to_bytes(2, "big") + n.to_bytes(4, "big")
        else:
            raise EncodingError("enc field too long")
        out += data
    return bytes(out)


def dec(data: bytes) -> list[bytes]:
    """Split an ``enc`` message into [label, f1, ..., fn] (raw bytes each)."""
    if not data.startswith(PREFIX):
        raise EncodingError("missing CONSTEL1 prefix")
    pos = len(PREFIX)
    parts: list[bytes] = []
    while pos < len(data):
        if pos + 2 > len(data):
            raise EncodingError("truncated enc length")
        n = int.from_bytes(data[pos : pos + 2], "big")
        pos += 2
        if n == _ESCAPE:
            if pos + 4 > len(data):
                raise EncodingError("truncated enc length")
            n = int.from_bytes(data[pos : pos + 4], "big")
            pos += 4
            if n < _ESCAPE:
                raise EncodingError("non-canonical enc length")
        if pos + n > len(data):
            raise EncodingError("truncated enc field")
        parts.append(data[pos : pos + n])
        pos += n
    if not parts:
        raise EncodingError("empty enc message")
    return parts
