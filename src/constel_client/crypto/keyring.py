"""The keyring (protocol 1.1): pins, verification state and highest epochs, sealed by the
person's own client and stored by the server, so trust survives a new session.

``KRK = kdf(UK, 4, "cnstlkrg")``;
``blob = seal(KRK, utf8(json), enc("keyring", user_id, keyring_version))``.
The JSON is ``{"v": 1, "pins": {user_id: {"key_version", "x_pk", "ed_pk", "verified",
"verified_at"}}, "epochs": {pair_id: highest_epoch_seen}}``. Binding the version in the
AAD means a server cannot relabel an older blob as newer; a client that remembers the
last version it saw refuses an older one (:class:`RollbackError`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .encoding import b64d, b64e, canonical_id, enc
from .errors import EncodingError, RollbackError, UnknownVersionError, VerificationError
from .identity import PublicBundle
from .primitives import KEY_BYTES, kdf, open_sealed, seal

KEYRING_V = 1


def keyring_key(uk: bytes) -> bytes:
    return kdf(uk, 4, "cnstlkrg")


def _ad(user_id: str, version: int) -> bytes:
    return enc("keyring", canonical_id(user_id), version)


@dataclass(frozen=True)
class KeyringPin:
    """A partner's pinned key: enough to check signatures and wrap to it."""

    key_version: int
    x_pk: bytes
    ed_pk: bytes
    verified: bool = False
    verified_at: str | None = None

    def same_key(self, other: KeyringPin) -> bool:
        return (self.key_version, self.x_pk, self.ed_pk) == (
            other.key_version, other.x_pk, other.ed_pk
        )

    def bundle(self, user_id: str) -> PublicBundle:
        """The pinned keys as a bundle (its signatures were checked when it was pinned)."""
        return PublicBundle(user_id, self.key_version, self.x_pk, self.ed_pk, b"")

    def to_json(self) -> dict[str, Any]:
        return {
            "key_version": self.key_version, "x_pk": b64e(self.x_pk), "ed_pk": b64e(self.ed_pk),
            "verified": self.verified, "verified_at": self.verified_at,
        }

    @classmethod
    def from_json(cls, data: Any) -> KeyringPin:
        if not isinstance(data, dict):
            raise EncodingError("a pin must be an object")
        version, verified, at = data.get("key_version"), data.get("verified"), data.get(
            "verified_at"
        )
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise EncodingError("pin key_version must be a positive integer")
        if not isinstance(verified, bool) or not (at is None or isinstance(at, str)):
            raise EncodingError("pin verified must be a boolean, verified_at a string or null")
        return cls(
            version, b64d(str(data.get("x_pk")), KEY_BYTES),
            b64d(str(data.get("ed_pk")), KEY_BYTES), verified, at,
        )


@dataclass
class Keyring:
    """The decrypted keyring and the version it was stored under (0: never stored)."""

    version: int = 0
    pins: dict[str, KeyringPin] = field(default_factory=dict)
    epochs: dict[str, int] = field(default_factory=dict)

    def content(self) -> dict[str, Any]:
        return {
            "v": KEYRING_V,
            "pins": {uid: pin.to_json() for uid, pin in sorted(self.pins.items())},
            "epochs": dict(sorted(self.epochs.items())),
        }

    def same_content(self, other: Keyring) -> bool:
        return self.content() == other.content()

    def merged(self, newer: Keyring) -> Keyring:
        """``newer`` (reloaded after a 409) with what only this copy knows: pins of people it
        lacks or at a higher key version, verification of the same key, the higher epochs."""
        pins = dict(newer.pins)
        for uid, mine in self.pins.items():
            if _prefer(mine, pins.get(uid)):
                pins[uid] = mine
        epochs = dict(newer.epochs)
        for pair_id, epoch in self.epochs.items():
            epochs[pair_id] = max(epoch, epochs.get(pair_id, 0))
        return Keyring(newer.version, pins, epochs)


def _prefer(mine: KeyringPin, theirs: KeyringPin | None) -> bool:
    if theirs is None or mine.key_version > theirs.key_version:
        return True
    return mine.same_key(theirs) and mine.verified and not theirs.verified


def seal_keyring(uk: bytes, user_id: str, keyring: Keyring, version: int) -> bytes:
    """The blob stored as ``version`` (the caller's next version: stored + 1)."""
    text = json.dumps(keyring.content(), separators=(",", ":"), ensure_ascii=False)
    return seal(keyring_key(uk), text.encode("utf-8"), _ad(user_id, version))


def open_keyring(
    uk: bytes, user_id: str, version: int, blob: bytes, *, seen: int = 0
) -> Keyring:
    """Decrypt a keyring served as ``version``; refuse one older than ``seen``."""
    if version < seen:
        raise RollbackError(f"server serves keyring version {version}, client saw {seen}")
    raw = open_sealed(keyring_key(uk), blob, _ad(user_id, version))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise VerificationError("keyring is not JSON") from exc
    if not isinstance(data, dict):
        raise VerificationError("keyring is not an object")
    if data.get("v") != KEYRING_V:
        raise UnknownVersionError(f"keyring version {data.get('v')!r}")
    pins_in, epochs_in = data.get("pins", {}), data.get("epochs", {})
    if not isinstance(pins_in, dict) or not isinstance(epochs_in, dict):
        raise EncodingError("keyring pins and epochs must be objects")
    pins = {canonical_id(uid): KeyringPin.from_json(p) for uid, p in pins_in.items()}
    epochs: dict[str, int] = {}
    for pair_id, epoch in epochs_in.items():
        if not isinstance(epoch, int) or isinstance(epoch, bool) or epoch < 0:
            raise EncodingError("keyring epochs must be non-negative integers")
        epochs[canonical_id(pair_id)] = epoch
    return Keyring(version, pins, epochs)
