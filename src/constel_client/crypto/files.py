"""Files: ``crypto_secretstream_xchacha20poly1305`` under a record's DEK, chunk by chunk.

Layout (both implementations):

* The file belongs to a content record (``record_id`` = ``doc_id``, e.g. record_type
  ``"resource_file"``, field ``"content"``) whose plaintext is the 24-byte secretstream
  header. The record carries the DEK (``wdek``) and the author's signature as any other
  record, so the header, hence the whole stream, is bound to that author and record.
* The stream stored on the server is the concatenation of the chunk ciphertexts: every
  plaintext chunk is exactly 64 KiB except the last (1..64 KiB, ``TAG_FINAL``; no
  trailing empty chunk after an exact multiple); each ciphertext chunk is 17 bytes
  longer. An empty file is one empty final chunk.
* Chunk ``i`` has additional data ``enc("doc", doc_id, pair_id, i)``: chunks cannot be
  reordered, dropped, or moved to another document; truncation is caught by the
  missing ``TAG_FINAL``.

File name, type and size in clear live in a separate ``resource_meta`` record.
"""

from __future__ import annotations

from typing import BinaryIO

import nacl.bindings as sb
import nacl.exceptions

from .encoding import canonical_id, enc
from .errors import EncodingError, VerificationError
from .identity import Identity, PublicBundle
from .pairkeys import PairKey
from .primitives import KEY_BYTES, random_bytes
from .records import EncryptedRecord, open_record_and_dek, seal_record

CHUNK_SIZE = 64 * 1024
ABYTES = sb.crypto_secretstream_xchacha20poly1305_ABYTES  # 17
HEADER_BYTES = sb.crypto_secretstream_xchacha20poly1305_HEADERBYTES  # 24
CIPHER_CHUNK_SIZE = CHUNK_SIZE + ABYTES
TAG_MESSAGE = sb.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = sb.crypto_secretstream_xchacha20poly1305_TAG_FINAL


def chunk_ad(doc_id: str, pair_id: str, index: int) -> bytes:
    return enc("doc", doc_id, pair_id, index)


class FileEncryptor:
    """Push plaintext chunks of exactly ``CHUNK_SIZE`` bytes, the last one with ``final=True``."""

    def __init__(self, dek: bytes, doc_id: str, pair_id: str) -> None:
        if len(dek) != KEY_BYTES:
            raise EncodingError("DEK must be 32 bytes")
        self.doc_id, self.pair_id = canonical_id(doc_id), canonical_id(pair_id)
        self._state = sb.crypto_secretstream_xchacha20poly1305_state()
        self.header: bytes = sb.crypto_secretstream_xchacha20poly1305_init_push(self._state, dek)
        self.index = 0
        self.finished = False

    def push(self, chunk: bytes, *, final: bool = False) -> bytes:
        if self.finished:
            raise EncodingError("stream already finished")
        if len(chunk) > CHUNK_SIZE or (not final and len(chunk) != CHUNK_SIZE):
            raise EncodingError("chunks are exactly 64 KiB except the final one")
        tag = TAG_FINAL if final else TAG_MESSAGE
        out = sb.crypto_secretstream_xchacha20poly1305_push(
            self._state, chunk, chunk_ad(self.doc_id, self.pair_id, self.index), tag
        )
        self.index += 1
        self.finished = final
        return out


class FileDecryptor:
    """Pull ciphertext chunks one at a time; :meth:`finish` raises if ``TAG_FINAL`` never came."""

    def __init__(self, dek: bytes, header: bytes, doc_id: str, pair_id: str) -> None:
        if len(dek) != KEY_BYTES or len(header) != HEADER_BYTES:
            raise EncodingError("bad DEK or header length")
        self.doc_id, self.pair_id = canonical_id(doc_id), canonical_id(pair_id)
        self._state = sb.crypto_secretstream_xchacha20poly1305_state()
        sb.crypto_secretstream_xchacha20poly1305_init_pull(self._state, header, dek)
        self.index = 0
        self.finished = False

    def pull(self, cchunk: bytes) -> bytes:
        if self.finished:
            raise VerificationError("data after the final chunk")
        if not ABYTES <= len(cchunk) <= CIPHER_CHUNK_SIZE:
            raise VerificationError("bad chunk length")
        try:
            msg, tag = sb.crypto_secretstream_xchacha20poly1305_pull(
                self._state, cchunk, chunk_ad(self.doc_id, self.pair_id, self.index)
            )
        except (nacl.exceptions.CryptoError, ValueError) as exc:
            raise VerificationError(f"chunk {self.index} does not authenticate") from exc
        if tag == TAG_FINAL:
            self.finished = True
        elif tag != TAG_MESSAGE or len(msg) != CHUNK_SIZE:
            raise VerificationError("unexpected chunk tag or short non-final chunk")
        self.index += 1
        return msg

    def finish(self) -> None:
        if not self.finished:
            raise VerificationError("stream truncated: no final chunk")


def _read_full(src: BinaryIO, n: int) -> bytes:
    parts, got = [], 0
    while got < n:
        block = src.read(n - got)
        if not block:
            break
        parts.append(block)
        got += len(block)
    return b"".join(parts)


def encrypt_stream(enc_: FileEncryptor, src: BinaryIO, dst: BinaryIO) -> int:
    """Encrypt ``src`` into ``dst`` with one chunk of look-ahead; returns plaintext size."""
    size, current = 0, _read_full(src, CHUNK_SIZE)
    while True:
        nxt = _read_full(src, CHUNK_SIZE) if len(current) == CHUNK_SIZE else b""
        final = not nxt
        dst.write(enc_.push(current, final=final))
        size += len(current)
        if final:
            return size
        current = nxt


def decrypt_stream(dec_: FileDecryptor, src: BinaryIO, dst: BinaryIO) -> int:
    """Decrypt ``src`` into ``dst`` chunk by chunk; returns plaintext size."""
    size = 0
    while True:
        block = _read_full(src, CIPHER_CHUNK_SIZE)
        if not block:
            break
        out = dec_.pull(block)
        dst.write(out)
        size += len(out)
    dec_.finish()
    return size


def start_file(
    author: Identity,
    pair_key: PairKey,
    *,
    doc_id: str,
    record_version: int = 1,
    record_type: str = "resource_file",
    field: str = "content",
) -> tuple[EncryptedRecord, FileEncryptor]:
    """New DEK, the file's record (plaintext = stream header) and the encryptor to feed."""
    dek = random_bytes(KEY_BYTES)
    encryptor = FileEncryptor(dek, doc_id, pair_key.pair_id)
    rec = seal_record(
        author,
        pair_key,
        record_type=record_type,
        field=field,
        record_id=doc_id,
        record_version=record_version,
        plaintext=encryptor.header,
        dek=dek,
    )
    return rec, encryptor


def open_file(
    rec: EncryptedRecord, pair_key: PairKey, author: PublicBundle, *, doc_id: str | None = None
) -> FileDecryptor:
    """Verify the file's record and return a decryptor for its stream."""
    header, dek = open_record_and_dek(rec, pair_key, author, record_id=doc_id)
    if len(header) != HEADER_BYTES:
        raise VerificationError("file record does not hold a stream header")
    return FileDecryptor(dek, header, rec.record_id, rec.pair_id)
