"""Other people's keys: fetch, pin and verify bundles, and the numbers compared out of band.

Every bundle used to verify an envelope or a record comes through here, checked against
the local pin or linked to it by signed rotations.
"""

from __future__ import annotations

from ..crypto import (
    BundleStatus,
    PublicBundle,
    VerificationError,
    bundle_fingerprint,
    format_digits,
    safety_number,
    verify_bundle,
)
from .identity import IdentityClient


class PeerKeysClient(IdentityClient):
    """Bundles of the people I share a pair with, trusted only once pinned."""

    async def fetch_bundle(self, person_id: str) -> BundleStatus:
        """Fetch, verify and classify a person's current bundle against the local pin."""
        bundle = await self.api.get_bundle(person_id)
        status = self.pins.observe(bundle)
        if status is not BundleStatus.CHANGED:
            self._history[(bundle.user_id, bundle.key_version)] = bundle
        return status

    async def trusted_bundle(self, person_id: str) -> PublicBundle:
        """The person's current bundle if it matches the pin (or a signed rotation of it);
        :class:`KeyChangedError` otherwise, until :meth:`accept_key`."""
        bundle = await self.api.get_bundle(person_id)
        pinned = self.pins.require(bundle)
        self._history[(pinned.user_id, pinned.key_version)] = pinned
        return pinned

    async def accept_key(self, person_id: str) -> PublicBundle:
        """The person confirmed their new key out of band: pin it (unverified)."""
        bundle = await self.api.get_bundle(person_id)
        self.pins.accept(bundle)
        self._history[(bundle.user_id, bundle.key_version)] = bundle
        return bundle

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
