"""Fingerprints, pair safety numbers and local key pinning.

``fp = generichash(30, enc("fingerprint", user_id, ed_pk, x_pk))`` read as six 5-byte
big-endian chunks, each mod 100000, written as five digits: 30 digits. The pair's safety
number is both people's digits ordered by ``user_id``: 60 digits, shown in groups of five.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .encoding import enc
from .errors import KeyChangedError, VerificationError
from .identity import BundleStatus, PublicBundle, verify_bundle
from .keyring import KeyringPin
from .primitives import generichash


def fingerprint(user_id: str, ed_pk: bytes, x_pk: bytes) -> str:
    digest = generichash(30, enc("fingerprint", user_id, ed_pk, x_pk))
    return "".join(
        f"{int.from_bytes(digest[i : i + 5], 'big') % 100000:05d}" for i in range(0, 30, 5)
    )


def bundle_fingerprint(bundle: PublicBundle) -> str:
    return fingerprint(bundle.user_id, bundle.ed_pk, bundle.x_pk)


def safety_number(a: PublicBundle, b: PublicBundle) -> str:
    """60 digits, identical on both sides (ordered by user_id)."""
    first, second = sorted((a, b), key=lambda x: x.user_id)
    return bundle_fingerprint(first) + bundle_fingerprint(second)


def format_digits(digits: str, group: int = 5) -> str:
    return " ".join(digits[i : i + group] for i in range(0, len(digits), group))


@dataclass
class Pin:
    bundle: PublicBundle
    verified: bool = False  # safety number compared out of band
    verified_at: str | None = None


class KeyPins:
    """Local store of the keys this client trusts, per person.

    First sight pins the key (unverified); a rotation signed by the pinned key replaces it;
    any other change is refused by :meth:`require` until :meth:`accept` is called.
    """

    def __init__(self) -> None:
        self._pins: dict[str, Pin] = {}

    def observe(self, bundle: PublicBundle) -> BundleStatus:
        """Verify ``bundle`` (self-signature raises) and update the pins when that is safe."""
        pin = self._pins.get(bundle.user_id)
        status = verify_bundle(bundle, pin.bundle if pin else None)
        if status is BundleStatus.NEW:
            self._pins[bundle.user_id] = Pin(bundle)
        elif status is BundleStatus.ROTATED and pin is not None:
            self._pins[bundle.user_id] = Pin(bundle, pin.verified, pin.verified_at)
        elif status is BundleStatus.SAME and pin is not None:
            pin.bundle = bundle  # same keys, now with their checked signatures
        return status

    def require(self, bundle: PublicBundle) -> PublicBundle:
        """The pinned bundle if ``bundle`` matches it; else :class:`KeyChangedError`."""
        status = self.observe(bundle)
        if status is BundleStatus.CHANGED:
            raise KeyChangedError(f"key of {bundle.user_id} changed; accept it before use")
        return self._pins[bundle.user_id].bundle

    def pinned(self, user_id: str) -> PublicBundle:
        try:
            return self._pins[user_id].bundle
        except KeyError as exc:
            raise VerificationError(f"no pinned key for {user_id}") from exc

    def accept(self, bundle: PublicBundle) -> None:
        """The person accepted a changed key: pin it, unverified."""
        verify_bundle(bundle)
        self._pins[bundle.user_id] = Pin(bundle)

    def mark_verified(self, user_id: str, at: str | None = None) -> None:
        pin = self._pins[user_id]
        pin.verified = True
        pin.verified_at = at or datetime.now(UTC).isoformat(timespec="seconds")

    def people(self) -> list[str]:
        return sorted(self._pins)

    def to_keyring(self, exclude: str) -> dict[str, KeyringPin]:
        """The pins as the keyring stores them (``exclude``: my own, derived from my keys)."""
        return {
            uid: KeyringPin(
                p.bundle.key_version, p.bundle.x_pk, p.bundle.ed_pk, p.verified, p.verified_at
            )
            for uid, p in self._pins.items()
            if uid != exclude
        }

    def load_keyring(self, pins: dict[str, KeyringPin], exclude: str) -> None:
        """Take the keyring's pins (they replace any held for the same person)."""
        for uid, pin in pins.items():
            if uid != exclude:
                self._pins[uid] = Pin(pin.bundle(uid), pin.verified, pin.verified_at)

    def is_verified(self, user_id: str) -> bool:
        pin = self._pins.get(user_id)
        return bool(pin and pin.verified)

    def to_json(self) -> dict[str, Any]:
        return {
            uid: {"bundle": p.bundle.to_json(), "verified": p.verified}
            for uid, p in self._pins.items()
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyPins:
        pins = cls()
        for uid, item in data.items():
            pins._pins[uid] = Pin(PublicBundle.from_json(item["bundle"]), bool(item["verified"]))
        return pins
