"""Per-person identity: an X25519 pair (encryption) and an independent Ed25519 seed (signing).

The public bundle is self-signed; a rotated bundle also carries ``prev_sig`` made with the
previous Ed25519 key so peers can accept the new key without re-verifying in person.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

import nacl.bindings as sb

from .encoding import b64d, b64e, canonical_id, enc
from .errors import EncodingError, UnknownVersionError, VerificationError
from .primitives import (
    KEY_BYTES,
    SIG_BYTES,
    ed25519_public,
    open_sealed,
    random_bytes,
    seal,
    sign,
    verify,
    x25519_public,
)

WIRE_VERSION = 1


def check_wire_version(data: dict[str, Any]) -> None:
    """Wire objects may carry ``"v"``; absent means 1, anything else is refused."""
    if data.get("v", WIRE_VERSION) != WIRE_VERSION:
        raise UnknownVersionError(f"unknown wire version {data.get('v')!r}")


def _int(data: dict[str, Any], name: str, minimum: int = 0) -> int:
    value = data.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise EncodingError(f"{name} must be an integer >= {minimum}")
    return value


def _str(data: dict[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str):
        raise EncodingError(f"{name} must be a string")
    return value


@dataclass(frozen=True)
class PublicBundle:
    """``{user_id, key_version, x_pk, ed_pk, self_sig[, prev_sig]}`` as published on the server."""

    user_id: str
    key_version: int
    x_pk: bytes
    ed_pk: bytes
    self_sig: bytes
    prev_sig: bytes | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "user_id": self.user_id,
            "key_version": self.key_version,
            "x_pk": b64e(self.x_pk),
            "ed_pk": b64e(self.ed_pk),
            "self_sig": b64e(self.self_sig),
        }
        if self.prev_sig is not None:
            out["prev_sig"] = b64e(self.prev_sig)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PublicBundle:
        check_wire_version(data)
        prev = data.get("prev_sig")
        return cls(
            user_id=canonical_id(_str(data, "user_id")),
            key_version=_int(data, "key_version", 1),
            x_pk=b64d(_str(data, "x_pk"), KEY_BYTES),
            ed_pk=b64d(_str(data, "ed_pk"), KEY_BYTES),
            self_sig=b64d(_str(data, "self_sig"), SIG_BYTES),
            prev_sig=None if prev is None else b64d(_str(data, "prev_sig"), SIG_BYTES),
        )


@dataclass(frozen=True)
class Identity:
    """A person's private keys for one ``key_version``. Never leaves the client unwrapped."""

    user_id: str
    key_version: int
    x_sk: bytes
    ed_seed: bytes

    @property
    def x_pk(self) -> bytes:
        return x25519_public(self.x_sk)

    @property
    def ed_pk(self) -> bytes:
        return ed25519_public(self.ed_seed)

    def sign(self, message: bytes) -> bytes:
        return sign(self.ed_seed, message)

    def bundle(self, previous: Identity | None = None) -> PublicBundle:
        """Public bundle; with ``previous`` (the old key version) it carries ``prev_sig``."""
        x_pk, ed_pk = self.x_pk, self.ed_pk
        self_sig = self.sign(enc("pubkeys", self.user_id, self.key_version, x_pk, ed_pk))
        prev_sig = None
        if previous is not None:
            if previous.user_id != self.user_id or previous.key_version >= self.key_version:
                raise EncodingError("previous identity must be an older version of the same user")
            prev_sig = previous.sign(enc("key-rotate", self.user_id, self.key_version, x_pk, ed_pk))
        return PublicBundle(self.user_id, self.key_version, x_pk, ed_pk, self_sig, prev_sig)


def identity_from_seeds(user_id: str, key_version: int, x_seed: bytes, ed_seed: bytes) -> Identity:
    """Deterministic identity (golden files, tests): X25519 via ``crypto_box_seed_keypair``."""
    _pk, x_sk = sb.crypto_box_seed_keypair(x_seed)
    return Identity(canonical_id(user_id), key_version, x_sk, ed_seed)


def create_identity(user_id: str, key_version: int = 1) -> Identity:
    """Fresh random X25519 key pair and Ed25519 seed (independent of each other)."""
    _pk, x_sk = sb.crypto_box_keypair()
    return Identity(canonical_id(user_id), key_version, x_sk, random_bytes(KEY_BYTES))


def rotate_identity(old: Identity) -> tuple[Identity, PublicBundle]:
    """New keys with ``key_version + 1`` and a bundle signed by the old key (``prev_sig``)."""
    new = create_identity(old.user_id, old.key_version + 1)
    return new, new.bundle(previous=old)


class BundleStatus(Enum):
    SAME = "same"  # identical to the pinned bundle
    NEW = "new"  # nothing pinned yet
    ROTATED = "rotated"  # newer version signed by the pinned key (prev_sig valid)
    CHANGED = "changed"  # different key without a valid link: show as changed and unverified


def verify_bundle(bundle: PublicBundle, pinned: PublicBundle | None = None) -> BundleStatus:
    """Check ``self_sig`` (raises) and classify the bundle against the pinned one."""
    verify(
        bundle.ed_pk,
        enc("pubkeys", bundle.user_id, bundle.key_version, bundle.x_pk, bundle.ed_pk),
        bundle.self_sig,
    )
    if pinned is None:
        return BundleStatus.NEW
    if pinned.user_id != bundle.user_id:
        raise VerificationError("bundle is for another user")
    if (pinned.key_version, pinned.x_pk, pinned.ed_pk) == (
        bundle.key_version,
        bundle.x_pk,
        bundle.ed_pk,
    ):
        return BundleStatus.SAME
    if bundle.key_version > pinned.key_version and bundle.prev_sig is not None:
        msg = enc("key-rotate", bundle.user_id, bundle.key_version, bundle.x_pk, bundle.ed_pk)
        try:
            verify(pinned.ed_pk, msg, bundle.prev_sig)
        except VerificationError:
            return BundleStatus.CHANGED
        return BundleStatus.ROTATED
    return BundleStatus.CHANGED


def _idkeys_ad(user_id: str, key_version: int) -> bytes:
    return enc("idkeys", user_id, key_version)


def wrap_identity(uk: bytes, ident: Identity) -> bytes:
    """Private-key blob stored on the server: ``seal(UK, x_sk || ed_seed, enc("idkeys", ...))``."""
    return seal(uk, ident.x_sk + ident.ed_seed, _idkeys_ad(ident.user_id, ident.key_version))


def unwrap_identity(uk: bytes, user_id: str, key_version: int, blob: bytes) -> Identity:
    raw = open_sealed(uk, blob, _idkeys_ad(canonical_id(user_id), key_version))
    if len(raw) != 2 * KEY_BYTES:
        raise VerificationError("private-key blob has the wrong length")
    return Identity(canonical_id(user_id), key_version, raw[:KEY_BYTES], raw[KEY_BYTES:])
