"""Files: secretstream chunk by chunk, bound to the document, pair and chunk index."""

from __future__ import annotations

import dataclasses
import io

import pytest
from crypto_actors import ALICE, BOB, OTHER_PAIR, OTHER_RECORD, PAIR, RECORD, NonceLog, actor, share

from constel_client.crypto import (
    CHUNK_SIZE,
    CIPHER_CHUNK_SIZE,
    EncodingError,
    EncryptedRecord,
    FileDecryptor,
    FileEncryptor,
    VerificationError,
    decrypt_stream,
    encrypt_stream,
    open_file,
    start_file,
)
from constel_client.crypto.primitives import random_bytes

A, B = actor(ALICE), actor(BOB)
PK = share(A, [A, B], 1)[BOB]


def _encrypt(
    data: bytes, doc_id: str = RECORD, format: int = 2
) -> tuple[EncryptedRecord, bytes]:
    rec, encryptor = start_file(A.ident, PK, doc_id=doc_id, format=format)
    out = io.BytesIO()
    assert encrypt_stream(encryptor, io.BytesIO(data), out) == len(data)
    return rec, out.getvalue()


def _decrypt(rec: EncryptedRecord, stream: bytes) -> bytes:
    dec = open_file(rec, PK, A.bundle)
    out = io.BytesIO()
    decrypt_stream(dec, io.BytesIO(stream), out)
    return out.getvalue()


@pytest.mark.parametrize(
    "size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1000, 2 * CHUNK_SIZE, 1_000_000]
)
def test_round_trip(size: int, nonce_log: NonceLog) -> None:
    """1.1: the final chunk (under 64 KiB, empty after an exact multiple) padded to 4 KiB."""
    data = random_bytes(size)
    rec, stream = _encrypt(data)
    nonce_log.add(rec.ct, rec.wdek)
    full, last = divmod(size, CHUNK_SIZE)
    assert len(stream) == full * CIPHER_CHUNK_SIZE + (last // 4096 + 1) * 4096 + 17
    assert _decrypt(rec, stream) == data


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE, CHUNK_SIZE + 1000, 2 * CHUNK_SIZE])
def test_round_trip_1_0(size: int) -> None:
    """1.0 files (format 1) stay readable: unpadded, no trailing empty chunk."""
    data = random_bytes(size)
    rec, stream = _encrypt(data, format=1)
    assert rec.format == 1
    chunks = max(1, -(-size // CHUNK_SIZE))
    assert len(stream) == size + 17 * chunks
    assert _decrypt(rec, stream) == data


def test_padded_final_chunk_rules() -> None:
    key = random_bytes(32)
    enc = FileEncryptor(key, RECORD, PAIR)
    with pytest.raises(EncodingError):
        enc.push(b"x" * CHUNK_SIZE, final=True)  # a full chunk cannot be padded: push an empty end
    c0 = enc.push(b"y" * 5000, final=True)
    assert len(c0) == 8192 + 17
    # Read as an unpadded (1.0) stream, the padding shows; a 1.1 reader strips it.
    assert FileDecryptor(key, enc.header, RECORD, PAIR).pull(c0) == b"y" * 5000
    raw = FileDecryptor(key, enc.header, RECORD, PAIR, padded=False).pull(c0)
    assert (raw[:5000], raw[5000], len(raw)) == (b"y" * 5000, 0x80, 8192)


def _two_chunks() -> tuple[EncryptedRecord, bytes, bytes]:
    data = random_bytes(CHUNK_SIZE + 1000)
    rec, stream = _encrypt(data)
    return rec, stream, data


def test_truncation_and_reordering_fail() -> None:
    rec, stream, _ = _two_chunks()
    first, second = stream[:CIPHER_CHUNK_SIZE], stream[CIPHER_CHUNK_SIZE:]
    for bad in (
        first,
        first + second[:-1],
        second + first,
        first + first + second,
        stream + first,
        b"",
    ):
        with pytest.raises(VerificationError):
            _decrypt(rec, bad)


def test_flipped_bit_in_any_chunk_fails() -> None:
    rec, stream, _ = _two_chunks()
    for pos in (0, 100, CIPHER_CHUNK_SIZE - 1, CIPHER_CHUNK_SIZE, len(stream) - 1):
        bad = bytearray(stream)
        bad[pos] ^= 1
        with pytest.raises(VerificationError):
            _decrypt(rec, bytes(bad))


def test_chunks_bound_to_document_and_pair() -> None:
    rec, stream, data = _two_chunks()
    dek_rec, dek_stream = _encrypt(data, doc_id=OTHER_RECORD)
    # The stream of another document under this document's record.
    with pytest.raises(VerificationError):
        _decrypt(rec, dek_stream)
    # The record's header moved to another record fails the signature.
    with pytest.raises(VerificationError):
        _decrypt(dataclasses.replace(dek_rec, ct=rec.ct), stream)
    # Same key and header but another doc_id or pair_id in the chunk AD.
    key = random_bytes(32)
    enc = FileEncryptor(key, RECORD, PAIR)
    c0 = enc.push(b"x" * CHUNK_SIZE)
    assert FileDecryptor(key, enc.header, RECORD, PAIR).pull(c0) == b"x" * CHUNK_SIZE
    for doc, pair in ((OTHER_RECORD, PAIR), (RECORD, OTHER_PAIR)):
        dec = FileDecryptor(key, enc.header, doc, pair)
        with pytest.raises(VerificationError):
            dec.pull(c0)


def test_encryptor_rules() -> None:
    key = random_bytes(32)
    enc = FileEncryptor(key, RECORD, PAIR)
    with pytest.raises(EncodingError):
        enc.push(b"short")  # non-final chunks are exactly 64 KiB
    with pytest.raises(EncodingError):
        enc.push(b"x" * (CHUNK_SIZE + 1), final=True)
    c0 = enc.push(b"y" * CHUNK_SIZE)
    c1 = enc.push(b"end", final=True)
    with pytest.raises(EncodingError):
        enc.push(b"", final=True)
    dec = FileDecryptor(key, enc.header, RECORD, PAIR)
    with pytest.raises(VerificationError):
        dec.finish()
    assert dec.pull(c0) == b"y" * CHUNK_SIZE
    assert dec.pull(c1) == b"end"
    dec.finish()
    with pytest.raises(VerificationError):
        dec.pull(c1)
