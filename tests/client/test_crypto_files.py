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


def _encrypt(data: bytes, doc_id: str = RECORD) -> tuple[EncryptedRecord, bytes]:
    rec, encryptor = start_file(A.ident, PK, doc_id=doc_id)
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
    data = random_bytes(size)
    rec, stream = _encrypt(data)
    nonce_log.add(rec.ct, rec.wdek)
    chunks = max(1, -(-size // CHUNK_SIZE))  # no trailing empty chunk on exact multiples
    assert len(stream) == size + 17 * chunks
    assert _decrypt(rec, stream) == data


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
