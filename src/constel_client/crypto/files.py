"""Files: ``crypto_secretstream_xchacha20poly1305`` under a record's DEK, chunk by chunk.

Layout (both implementations):

* The file belongs to a content record (``record_id`` = ``doc_id``, e.g. record_type
  ``"resource_file"``, field ``"content"``) whose plaintext is the 24-byte secretstream
  header. The record carries the DEK (``wdek``) and the author's signature as any other
  record, so the header, hence the whole stream, is bound to that author and record.
* The stream stored on the server is the concatenation of the chunk ciphertexts: every
  plaintext chunk is exactly 64 KiB except the last (``TAG_FINAL``); each ciphertext
  chunk is 17 bytes longer.
* Protocol 1.1 (a format-2 record): the final chunk holds the last 0..65,535 bytes,
  padded with ``pad(last, 4096)``, so the stored size reveals the size only to 4 KiB; a
  file of an exact multiple of 64 KiB ends with an empty (padded) final chunk. Protocol
  1.0 (format 1): the last chunk is unpadded, 1..64 KiB (0 for an empty file), with no
  trailing empty chunk.
* Chunk ``i`` has additional data ``enc("doc", doc_id, pair_id, i)``: chunks cannot be
  reordered, dropped, or moved to another document; truncation is caught by the
  missing ``TAG_FINAL``.

File name, type and size in clear live in a separate ``resource_meta`` record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

import nacl.bindings as sb
import nacl.exceptions

from .encoding import canonical_id, enc
from .errors import EncodingError, VerificationError
from .identity import Identity, PublicBundle
from .pairkeys import PairKey
from .primitives import KEY_BYTES, pad, random_bytes, unpad
from .records import FORMAT_V2, EncryptedRecord, open_record_and_dek, seal_record

CHUNK_SIZE = 64 * 1024
ABYTES = sb.crypto_secretstream_xchacha20poly1305_ABYTES  # 17
HEADER_BYTES = sb.crypto_secretstream_xchacha20poly1305_HEADERBYTES  # 24
CIPHER_CHUNK_SIZE = CHUNK_SIZE + ABYTES
TAG_MESSAGE = sb.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = sb.crypto_secretstream_xchacha20poly1305_TAG_FINAL
FINAL_PAD = 4096


def chunk_ad(doc_id: str, pair_id: str, index: int) -> bytes:
    return enc("doc", doc_id, pair_id, index)


class FileEncryptor:
    """Push plaintext chunks of exactly ``CHUNK_SIZE`` bytes, the last one with ``final=True``
    (``padded``: protocol 1.1, the final one shorter than ``CHUNK_SIZE`` and padded)."""

    def __init__(self, dek: bytes, doc_id: str, pair_id: str, *, padded: bool = True) -> None:
        if len(dek) != KEY_BYTES:
            raise EncodingError("DEK must be 32 bytes")
        self.padded = padded
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
        if final and self.padded:
            if len(chunk) == CHUNK_SIZE:
                raise EncodingError("a padded final chunk holds under 64 KiB")
            chunk = pad(chunk, FINAL_PAD)
        tag = TAG_FINAL if final else TAG_MESSAGE
        out = sb.crypto_secretstream_xchacha20poly1305_push(
            self._state, chunk, chunk_ad(self.doc_id, self.pair_id, self.index), tag
        )
        self.index += 1
        self.finished = final
        return out


class FileDecryptor:
    """Pull ciphertext chunks one at a time; :meth:`finish` raises if ``TAG_FINAL`` never came."""

    def __init__(
        self, dek: bytes, header: bytes, doc_id: str, pair_id: str, *, padded: bool = True
    ) -> None:
        if len(dek) != KEY_BYTES or len(header) != HEADER_BYTES:
            raise EncodingError("bad DEK or header length")
        self.padded = padded
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
            if self.padded:
                msg = unpad(msg, FINAL_PAD)
        elif tag != TAG_MESSAGE or len(msg) != CHUNK_SIZE:
            raise VerificationError("unexpected chunk tag or short non-final chunk")
        self.index += 1
        return msg

    def finish(self) -> None:
        if not self.finished:
            raise VerificationError("stream truncated: no final chunk")


def read_full(src: BinaryIO, n: int) -> bytes:
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
    size = 0
    for block in iter_chunks(enc_, lambda n: read_full(src, n)):
        dst.write(block[0])
        size += block[1]
    return size


def iter_chunks(enc_: FileEncryptor, read: Callable[[int], bytes]) -> Iterator[tuple[bytes, int]]:
    """(ciphertext chunk, plaintext length) pairs of a whole stream, final chunk included.

    ``read(n)`` returns up to ``n`` bytes, fewer only at the end."""
    current = read(CHUNK_SIZE)
    while True:
        if len(current) < CHUNK_SIZE:
            yield enc_.push(current, final=True), len(current)
            return
        nxt = read(CHUNK_SIZE)
        if not nxt and not enc_.padded:
            yield enc_.push(current, final=True), len(current)
            return
        yield enc_.push(current), len(current)
        current = nxt


def decrypt_stream(dec_: FileDecryptor, src: BinaryIO, dst: BinaryIO) -> int:
    """Decrypt ``src`` into ``dst`` chunk by chunk; returns plaintext size."""
    size = 0
    while True:
        block = read_full(src, CIPHER_CHUNK_SIZE)
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
    format: int = FORMAT_V2,
) -> tuple[EncryptedRecord, FileEncryptor]:
    """New DEK, the file's record (plaintext = stream header) and the encryptor to feed."""
    dek = random_bytes(KEY_BYTES)
    encryptor = FileEncryptor(dek, doc_id, pair_key.pair_id, padded=format == FORMAT_V2)
    rec = seal_record(
        author,
        pair_key,
        record_type=record_type,
        field=field,
        record_id=doc_id,
        record_version=record_version,
        plaintext=encryptor.header,
        dek=dek,
        format=format,
    )
    return rec, encryptor


def open_file(
    rec: EncryptedRecord, pair_key: PairKey, author: PublicBundle, *, doc_id: str | None = None
) -> FileDecryptor:
    """Verify the file's record and return a decryptor for its stream."""
    header, dek = open_record_and_dek(rec, pair_key, author, record_id=doc_id)
    if len(header) != HEADER_BYTES:
        raise VerificationError("file record does not hold a stream header")
    return FileDecryptor(
        dek, header, rec.record_id, rec.pair_id, padded=rec.format == FORMAT_V2
    )
