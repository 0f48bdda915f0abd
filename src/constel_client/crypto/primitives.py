"""Thin, checked wrappers over libsodium (PyNaCl bindings) used by the protocol.

Only XChaCha20-Poly1305-IETF is used for symmetric encryption (never ``SecretBox``),
Argon2id is always called with explicit parameters (PyNaCl's default is 1 GiB).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import nacl.bindings as sb
import nacl.encoding
import nacl.exceptions
import nacl.hash
import nacl.signing
import nacl.utils

from .encoding import b64d, b64e
from .errors import (
    CryptoError,
    EncodingError,
    ParameterFloorError,
    UnknownVersionError,
    VerificationError,
)

KEY_BYTES = 32
NONCE_BYTES = sb.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES  # 24
TAG_BYTES = sb.crypto_aead_xchacha20poly1305_ietf_ABYTES  # 16
SIG_BYTES = 64
SALT_BYTES = 16
PAD_BLOCK = 256
MIB = 1024 * 1024
ARGON2ID13 = "argon2id13"
KDF_VERSION = 1


def random_bytes(n: int) -> bytes:
    return nacl.utils.random(n)


def _check_key(key: bytes, what: str = "key") -> None:
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        raise EncodingError(f"{what} must be {KEY_BYTES} bytes")


def kdf(key: bytes, subkey_id: int, ctx: str) -> bytes:
    """``crypto_kdf_derive_from_key(32, id, ctx, key)`` expressed as keyed BLAKE2b-256."""
    _check_key(key)
    context = ctx.encode("ascii")
    if len(context) != 8:
        raise EncodingError("kdf context must be 8 ASCII bytes")
    if not 0 <= subkey_id < 2**64:
        raise EncodingError("kdf subkey id out of range")
    return nacl.hash.blake2b(
        b"",
        key=key,
        salt=subkey_id.to_bytes(8, "little") + bytes(8),
        person=context + bytes(8),
        digest_size=32,
        encoder=nacl.encoding.RawEncoder,
    )


def generichash(size: int, message: bytes, key: bytes = b"") -> bytes:
    return sb.crypto_generichash_blake2b_salt_personal(message, digest_size=size, key=key)


def seal(key: bytes, message: bytes, ad: bytes) -> bytes:
    """``nonce || XChaCha20-Poly1305(message, ad)`` with a fresh random 24-byte nonce."""
    _check_key(key)
    nonce = random_bytes(NONCE_BYTES)
    return nonce + sb.crypto_aead_xchacha20poly1305_ietf_encrypt(message, ad, nonce, key)


def open_sealed(key: bytes, sealed: bytes, ad: bytes) -> bytes:
    """Inverse of :func:`seal`; any change to nonce, ciphertext, tag or ad fails."""
    _check_key(key)
    if len(sealed) < NONCE_BYTES + TAG_BYTES:
        raise VerificationError("sealed value too short")
    try:
        return sb.crypto_aead_xchacha20poly1305_ietf_decrypt(
            sealed[NONCE_BYTES:], ad, sealed[:NONCE_BYTES], key
        )
    except nacl.exceptions.CryptoError as exc:
        raise VerificationError("authentication failed") from exc


def box_seal(message: bytes, x_pk: bytes) -> bytes:
    return sb.crypto_box_seal(message, x_pk)


def box_seal_open(sealed: bytes, x_pk: bytes, x_sk: bytes) -> bytes:
    try:
        return sb.crypto_box_seal_open(sealed, x_pk, x_sk)
    except (nacl.exceptions.CryptoError, nacl.exceptions.TypeError, ValueError) as exc:
        raise VerificationError("sealed box does not open") from exc


def x25519_public(x_sk: bytes) -> bytes:
    return sb.crypto_scalarmult_base(x_sk)


def ed25519_public(seed: bytes) -> bytes:
    _check_key(seed, "Ed25519 seed")
    return bytes(nacl.signing.SigningKey(seed).verify_key)


def sign(seed: bytes, message: bytes) -> bytes:
    _check_key(seed, "Ed25519 seed")
    return nacl.signing.SigningKey(seed).sign(message).signature


def verify(ed_pk: bytes, message: bytes, signature: bytes) -> None:
    """Raise :class:`VerificationError` unless ``signature`` is valid for ``message``."""
    if len(signature) != SIG_BYTES or len(ed_pk) != KEY_BYTES:
        raise VerificationError("bad signature or key length")
    try:
        nacl.signing.VerifyKey(ed_pk).verify(message, signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError) as exc:
        raise VerificationError("bad signature") from exc


def pad(message: bytes, block: int = PAD_BLOCK) -> bytes:
    return sb.sodium_pad(message, block)


def unpad(padded: bytes, block: int = PAD_BLOCK) -> bytes:
    try:
        return sb.sodium_unpad(padded, block)
    except (nacl.exceptions.CryptoError, ValueError) as exc:
        raise VerificationError("bad padding") from exc


@dataclass(frozen=True)
class KdfFloor:
    """Smallest (and largest) Argon2id cost this client accepts, whatever the server says.

    The ceiling stops a hostile server from making the client allocate gigabytes.
    Tests build a low floor here, in the client, never through the server.
    """

    ops: int = 3
    mem: int = 64 * MIB
    max_ops: int = 10
    max_mem: int = 1024 * MIB


PRODUCTION_FLOOR = KdfFloor()


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters stored next to the passphrase wrap (``mem`` in bytes)."""

    salt: bytes
    ops: int = 3
    mem: int = 64 * MIB
    alg: str = ARGON2ID13
    v: int = KDF_VERSION

    def check(self, floor: KdfFloor) -> None:
        if self.v != KDF_VERSION or self.alg != ARGON2ID13:
            raise UnknownVersionError(f"unknown kdf version/alg {self.v}/{self.alg}")
        if len(self.salt) != SALT_BYTES:
            raise EncodingError("salt must be 16 bytes")
        if self.ops < floor.ops or self.mem < floor.mem:
            raise ParameterFloorError(f"Argon2id ops={self.ops} mem={self.mem} below floor")
        if self.ops > floor.max_ops or self.mem > floor.max_mem:
            raise ParameterFloorError(f"Argon2id ops={self.ops} mem={self.mem} above ceiling")

    def to_json(self) -> dict[str, object]:
        return {
            "v": self.v,
            "alg": self.alg,
            "salt": b64e(self.salt),
            "ops": self.ops,
            "mem": self.mem,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        v, alg = data.get("v", KDF_VERSION), data.get("alg", ARGON2ID13)
        if v != KDF_VERSION or alg != ARGON2ID13:
            raise UnknownVersionError(f"unknown kdf version/alg {v}/{alg}")
        ops, mem, salt = data.get("ops"), data.get("mem"), data.get("salt")
        if not isinstance(ops, int) or not isinstance(mem, int) or not isinstance(salt, str):
            raise EncodingError("bad kdf parameters")
        return cls(salt=b64d(salt, SALT_BYTES), ops=ops, mem=mem)


def normalize_passphrase(passphrase: str) -> bytes:
    return unicodedata.normalize("NFKC", passphrase).encode("utf-8")


def argon2id(passphrase: str, params: KdfParams, floor: KdfFloor = PRODUCTION_FLOOR) -> bytes:
    """32-byte master key from ``NFKC(passphrase)``; refuses parameters outside the floor."""
    params.check(floor)
    try:
        return sb.crypto_pwhash_alg(
            32,
            normalize_passphrase(passphrase),
            params.salt,
            params.ops,
            params.mem,
            sb.crypto_pwhash_ALG_ARGON2ID13,
        )
    except nacl.exceptions.RuntimeError as exc:  # pragma: no cover - out of memory etc.
        raise CryptoError("Argon2id failed") from exc
