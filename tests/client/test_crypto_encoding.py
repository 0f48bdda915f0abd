"""enc() framing and base64 strictness."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from constel_client.crypto import EncodingError, b64d, b64e, canonical_id, dec, enc

fields = st.one_of(st.binary(max_size=300), st.text(max_size=100), st.integers(min_value=0))


@given(st.text(max_size=20), st.lists(fields, max_size=6))
def test_enc_dec_round_trip(label: str, items: list[str | int | bytes]) -> None:
    parts = dec(enc(label, *items))
    expected = [label.encode()] + [
        i if isinstance(i, bytes) else str(i).encode() if isinstance(i, int) else i.encode()
        for i in items
    ]
    assert parts == expected


@given(
    st.lists(st.binary(max_size=40), min_size=1, max_size=4),
    st.lists(st.binary(max_size=40), min_size=1, max_size=4),
)
def test_enc_is_injective(a: list[bytes], b: list[bytes]) -> None:
    if a != b:
        assert enc("x", *a) != enc("x", *b)


def test_integers_are_decimal_ascii_and_ids_are_text() -> None:
    assert enc("l", 10) == b"CONSTEL1" + b"\x00\x01l" + b"\x00\x0210"
    u = uuid.UUID("0b9a8c7d-0000-4000-8000-000000000003")
    assert enc("l", u) == enc("l", str(u))
    with pytest.raises(EncodingError):
        enc("l", True)


def test_long_fields_use_the_escape() -> None:
    for n in (65534, 65535, 65536, 1_000_000):
        data = bytes(n)
        out = enc("sig", data)
        assert dec(out) == [b"sig", data]
        if n < 65535:
            assert out[8 + 5 : 8 + 7] == n.to_bytes(2, "big")
        else:
            assert out[8 + 5 : 8 + 7] == b"\xff\xff"
            assert out[8 + 7 : 8 + 11] == n.to_bytes(4, "big")


def test_dec_refuses_malformed() -> None:
    for bad in (
        b"",
        b"CONSTEL2\x00\x00",
        b"CONSTEL1\x00",
        b"CONSTEL1\x00\x05ab",
        b"CONSTEL1\xff\xff\x00\x00\x00\x01a",
    ):
        with pytest.raises(EncodingError):
            dec(bad)


def test_base64_standard_with_padding_and_strict() -> None:
    assert b64e(b"\xfb\xff") == "+/8="
    assert b64d("+/8=") == b"\xfb\xff"
    for bad in ("-_8=", "+/8", "+/8= ", "+/9=", "abc$"):
        with pytest.raises(EncodingError):
            b64d(bad)
    with pytest.raises(EncodingError):
        b64d(b64e(bytes(15)), 16)


def test_ids_must_be_canonical() -> None:
    assert (
        canonical_id("0B9A8C7D-0000-4000-8000-000000000003".lower())
        == "0b9a8c7d-0000-4000-8000-000000000003"
    )
    for bad in ("0B9A8C7D-0000-4000-8000-000000000003", "0b9a8c7d000040008000000000000003", "nope"):
        with pytest.raises(EncodingError):
            canonical_id(bad)
