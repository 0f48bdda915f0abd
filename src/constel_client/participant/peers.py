"""Other people's keys: fetch, pin and verify bundles, and the numbers compared out of band.

Every bundle used to verify an envelope or a record comes through here, checked against
the local pin or linked to it by signed rotations.
"""

from __future__ import annotations

from ..crypto import (
    BundleStatus,
    KeyChangedError,
    PublicBundle,
    VerificationError,
    bundle_fingerprint,
    format_digits,
    safety_number,
    verify_bundle,
)
from .keyring import KeyringClient


class PeerKeysClient(KeyringClient):
    """Bundles of the people I share a pair with, trusted only once pinned; every new pin,
    accepted change or verification is saved in my keyring."""

    async def fetch_bundle(self, person_id: str) -> BundleStatus:
        """Fetch, verify and classify a person's current bundle against the local pin."""
        bundle = await self.api.get_bundle(person_id)
        status = self.pins.observe(bundle)
        if status is BundleStatus.CHANGED:
            self._changed_keys.add(bundle.user_id)
        else:
            self._history[(bundle.user_id, bundle.key_version)] = bundle
            await self.save_keyring()
        return status

    async def trusted_bundle(self, person_id: str) -> PublicBundle:
        """The person's current bundle if it matches the pin (or a signed rotation of it);
        :class:`KeyChangedError` otherwise, until :meth:`accept_key`."""
        bundle = await self.api.get_bundle(person_id)
        try:
            pinned = self.pins.require(bundle)
        except KeyChangedError:
            self._changed_keys.add(bundle.user_id)
            raise
        self._history[(pinned.user_id, pinned.key_version)] = pinned
        await self.save_keyring()
        return pinned

    def key_changed(self, person_id: str) -> bool:
        """Whether this person's served key differs from the pin (seen this session)."""
        return person_id in self._changed_keys

    async def accept_key(self, person_id: str) -> PublicBundle:
        """The person confirmed their new key out of band: pin it (unverified), in the
        keyring too; wrapping and writing to their pairs work again."""
        bundle = await self.api.get_bundle(person_id)
        self.pins.accept(bundle)
        self._changed_keys.discard(bundle.user_id)
        self._history[(bundle.user_id, bundle.key_version)] = bundle
        await self.save_keyring()
        return bundle

    async def mark_verified(self, person_id: str) -> None:
        """The safety numbers matched out of band: the pinned key is verified (keyring)."""
        await self.trusted_bundle(person_id)
        self.pins.mark_verified(person_id)
        await self.save_keyring()

    def is_verified(self, person_id: str) -> bool:
        return self.pins.is_verified(person_id)

    async def safety_number(self, person_id: str) -> str:
        """60 digits in groups of five, the same on both screens."""
        other = await self.trusted_bundle(person_id)
        return format_digits(safety_number(self.bundle, other))

    def fingerprint(self) -> str:
        return format_digits(bundle_fingerprint(self.bundle))

    async def _bundle_at(self, person_id: str, key_version: int) -> PublicBundle:
        """A person's bundle at an older or current version, linked to the pin by prev_sigs."""
        known = self._history.get((person_id, key_version))
        if known is not None:
            return known
        pinned = await self.trusted_bundle(person_id)
        if key_version == pinned.key_version:
            return pinned
        if key_version > pinned.key_version:
            raise VerificationError("that key version is newer than the trusted one")
        chain = [pinned]
        for version in range(pinned.key_version - 1, key_version - 1, -1):
            older = self._history.get((person_id, version)) or await self.api.get_bundle(
                person_id, version
            )
            verify_bundle(older)
            newer = chain[-1]
            if verify_bundle(newer, older) is not BundleStatus.ROTATED:
                raise VerificationError("old key is not linked to the trusted one")
            chain.append(older)
        for item in chain:
            self._history[(item.user_id, item.key_version)] = item
        return chain[-1]
