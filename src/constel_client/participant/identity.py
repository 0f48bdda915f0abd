"""My own keys: create, unlock, re-wrap and rotate the identity, held only in memory.

The bottom layer of :class:`~constel_client.participant.Participant`: it holds the state
every other layer uses (keys, pins, the pair-key ring, bundles seen) and nothing above it.
"""

from __future__ import annotations

import uuid

from ..api import PairInfo, VaultApi
from ..crypto import (
    MIB,
    PRODUCTION_FLOOR,
    Identity,
    KdfFloor,
    KeyMaterial,
    KeyPins,
    PairKey,
    PairKeyRing,
    PublicBundle,
    Unlocked,
    VerificationError,
    change_passphrase,
    create_account,
    new_recovery_key,
    rotate_account_identity,
    unlock_with_passphrase,
    unlock_with_recovery_key,
    verify_bundle,
    wrap_pair_key,
)


class IdentityClient:
    """One person's client. ``floor`` is the lowest Argon2id cost it accepts (set low in
    tests and benchmarks here, never through the server); ``kdf_ops``/``kdf_mem`` are the
    costs it uses for its own new passphrase wraps."""

    def __init__(
        self,
        api: VaultApi,
        user_id: str,
        *,
        floor: KdfFloor = PRODUCTION_FLOOR,
        kdf_ops: int = 3,
        kdf_mem: int = 64 * MIB,
        pins: KeyPins | None = None,
        keyring_seen: int = 0,
    ) -> None:
        self.api = api
        self.user_id = str(uuid.UUID(user_id))
        self.floor = floor
        self.kdf_ops = kdf_ops
        self.kdf_mem = kdf_mem
        self.pins = pins or KeyPins()
        self.ring = PairKeyRing()
        self._identity: Identity | None = None
        self._uk: bytes | None = None
        self._material: KeyMaterial | None = None
        self._history: dict[tuple[str, int], PublicBundle] = {}
        self._pairs: dict[str, PairInfo] = {}
        self.keyring_seen = keyring_seen
        self._changed_keys: set[str] = set()

    @property
    def identity(self) -> Identity:
        if self._identity is None:
            raise VerificationError("the vault is locked: unlock it first")
        return self._identity

    @property
    def bundle(self) -> PublicBundle:
        return self.identity.bundle()

    def _set_unlocked(
        self, identity: Identity, uk: bytes, material: KeyMaterial, bundle: PublicBundle
    ) -> None:
        """Keep the keys in memory and pin my own published bundle (with its prev_sig)."""
        self._identity, self._uk, self._material = identity, uk, material
        self._history[(self.user_id, identity.key_version)] = bundle
        self.pins.accept(bundle)
        self.pins.mark_verified(self.user_id)

    async def create_identity(self, passphrase: str) -> str:
        """First identity (key version 1). Returns the recovery key: show it once."""
        return await self._new_identity(passphrase, key_version=1)

    async def reset_identity(self, passphrase: str) -> str:
        """Both passphrase and recovery key lost: new keys, ``key_version + 1`` without
        ``prev_sig``. Partners see a changed key and re-share pair keys once they accept."""
        current = await self.api.get_bundle(self.user_id)
        return await self._new_identity(passphrase, key_version=current.key_version + 1)

    async def _new_identity(self, passphrase: str, *, key_version: int) -> str:
        account = create_account(
            self.user_id, passphrase, key_version=key_version, ops=self.kdf_ops,
            mem=self.kdf_mem, floor=self.floor,
        )
        await self.api.publish_identity(account.bundle, account.material)
        self.ring = PairKeyRing()
        self._set_unlocked(account.identity, account.uk, account.material, account.bundle)
        await self._after_new_identity()
        return account.recovery_key

    async def _after_unlock(self) -> None:
        """Hook: the keys are in memory; the keyring layer loads what I trust."""

    async def _after_new_identity(self) -> None:
        """Hook: new keys were published; the keyring layer starts a new keyring."""

    async def _load_material(self) -> tuple[KeyMaterial, PublicBundle]:
        found = await self.api.get_my_vault()
        if found is None:
            raise VerificationError("no vault yet: create an identity first")
        material, bundle = found
        if material.user_id != self.user_id or bundle.user_id != self.user_id:
            raise VerificationError("the server returned someone else's keys")
        return material, bundle

    def _check_own_bundle(self, identity: Identity, bundle: PublicBundle) -> None:
        verify_bundle(bundle)
        if (bundle.key_version, bundle.x_pk, bundle.ed_pk) != (
            identity.key_version, identity.x_pk, identity.ed_pk
        ):
            raise VerificationError("the published bundle does not match my private keys")

    async def unlock(self, passphrase: str) -> None:
        """Unlock with the vault passphrase (Argon2id parameters checked against the floor)."""
        material, bundle = await self._load_material()
        unlocked = unlock_with_passphrase(material, passphrase, self.floor)
        self._check_own_bundle(unlocked.identity, bundle)
        self._set_unlocked(unlocked.identity, unlocked.uk, material, bundle)
        await self._after_unlock()

    async def unlock_with_recovery_key(self, recovery_key: str) -> None:
        material, bundle = await self._load_material()
        unlocked = unlock_with_recovery_key(material, recovery_key)
        self._check_own_bundle(unlocked.identity, bundle)
        self._set_unlocked(unlocked.identity, unlocked.uk, material, bundle)
        await self._after_unlock()

    def _unlocked(self) -> tuple[Identity, bytes, KeyMaterial]:
        if self._identity is None or self._uk is None or self._material is None:
            raise VerificationError("the vault is locked: unlock it first")
        return self._identity, self._uk, self._material

    async def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the account key only; private keys and recovery wrap are untouched."""
        _, uk, material = self._unlocked()
        updated = change_passphrase(
            material, uk, new_passphrase, ops=self.kdf_ops, mem=self.kdf_mem, floor=self.floor
        )
        await self.api.put_key_material(updated)
        self._material = updated

    async def new_recovery_key(self) -> str:
        _, uk, material = self._unlocked()
        updated, display = new_recovery_key(material, uk)
        await self.api.put_key_material(updated)
        self._material = updated
        return display

    async def rotate_identity(self) -> None:
        """New key version signed by the old key; pair keys held are re-wrapped to it."""
        identity, uk, material = self._unlocked()
        held = [pk for pair_id in list(self._pairs) for pk in self._held_keys(pair_id)]
        new, bundle, updated = rotate_account_identity(material, Unlocked(uk, identity))
        await self.api.publish_identity(bundle, updated)
        self._set_unlocked(new, uk, updated, bundle)
        by_pair: dict[str, list[PairKey]] = {}
        for pk in held:
            by_pair.setdefault(pk.pair_id, []).append(pk)
        for pair_id, keys in by_pair.items():
            await self.api.add_envelopes(
                pair_id, [wrap_pair_key(new, pk, bundle) for pk in keys]
            )

    def _held_keys(self, pair_id: str) -> list[PairKey]:
        keys = []
        for epoch in range(1, self.ring.highest_epoch(pair_id) + 1):
            try:
                keys.append(self.ring.get(pair_id, epoch))
            except VerificationError:
                continue
        return keys
