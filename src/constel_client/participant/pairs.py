"""Pair keys: open, create, rotate and re-share the epochs of a pair's key.

Also which key a record uses: the pair key of its epoch, or for private notes a key
derived from my own account key that no one else holds.
"""

from __future__ import annotations

from ..api import PairInfo
from ..crypto import (
    Envelope,
    PairKey,
    VerificationError,
    new_pair_key,
    open_envelope,
    private_notes_key,
    wrap_pair_key,
)
from .peers import PeerKeysClient

PRIVATE_TYPES = frozenset({"private_note"})


class PairKeysClient(PeerKeysClient):
    """Pair keys opened only from envelopes a member wrapped (a former one for old epochs)."""

    async def pair(self, pair_id: str) -> PairInfo:
        """The pair's members and epoch; an epoch below the highest I saw is a rollback."""
        info = await self.api.get_pair(pair_id)
        self.ring.check_server_epoch(pair_id, info.current_epoch)
        self._pairs[pair_id] = info
        return info

    async def load_pair_keys(self, pair_id: str) -> PairInfo:
        """Open every envelope the server holds for me in this pair (all checks applied)."""
        info = await self.pair(pair_id)
        me = self.identity
        current = sorted(info.members)
        for env in await self.api.list_envelopes(pair_id):
            if env.recipient_key_version != me.key_version or env.epoch > info.current_epoch:
                continue
            # The current epoch, unless a member left since it was made, must come from a
            # current member; older epochs may have been wrapped by someone who left since.
            latest = env.epoch == info.current_epoch and not info.rotation_needed
            members = current if latest else [*current, *self._former(info, env.wrapper_id)]
            wrapper = await self._bundle_at(env.wrapper_id, env.wrapper_key_version)
            pk = open_envelope(env, me, wrapper, members, pair_id=pair_id, epoch=env.epoch)
            self.ring.add(pk)
        await self.save_keyring()  # the highest epoch seen
        return info

    @staticmethod
    def _former(info: PairInfo, wrapper_id: str) -> list[str]:
        return [] if wrapper_id in info.members else [wrapper_id]

    async def _wrap_for_members(self, info: PairInfo, pk: PairKey) -> list[Envelope]:
        envelopes = []
        for person_id in sorted(info.members):
            bundle = self.bundle if person_id == self.user_id else await self.trusted_bundle(
                person_id
            )
            envelopes.append(wrap_pair_key(self.identity, pk, bundle))
        return envelopes

    async def create_pair_key(self, pair_id: str) -> PairKey:
        """Epoch 1, once both members have published their keys."""
        info = await self.pair(pair_id)
        if info.current_epoch != 0:
            raise VerificationError("the pair already has a key; rotate instead")
        return await self._new_epoch(info, 1)

    async def rotate_pair_key(self, pair_id: str) -> PairKey:
        """Epoch e+1 for the current members (after a withdrawal or a replacement)."""
        info = await self.load_pair_keys(pair_id)
        return await self._new_epoch(info, info.current_epoch + 1)

    async def _new_epoch(self, info: PairInfo, epoch: int) -> PairKey:
        pk = new_pair_key(info.pair_id, epoch)
        envelopes = await self._wrap_for_members(info, pk)
        self._pairs[info.pair_id] = await self.api.create_epoch(info.pair_id, epoch, envelopes)
        self.ring.add(pk)
        await self.save_keyring()
        return pk

    async def share_pair_keys(self, pair_id: str, person_id: str) -> int:
        """Re-wrap every epoch I hold for a member's (accepted) new key."""
        info = await self.load_pair_keys(pair_id)
        if person_id not in info.members:
            raise VerificationError("not a current member of the pair")
        bundle = await self.trusted_bundle(person_id)
        keys = self._held_keys(pair_id)
        if keys:
            await self.api.add_envelopes(
                pair_id, [wrap_pair_key(self.identity, pk, bundle) for pk in keys]
            )
        return len(keys)

    async def _key_for(self, pair_id: str, epoch: int, record_type: str) -> PairKey:
        if record_type in PRIVATE_TYPES:
            _, uk, _ = self._unlocked()
            return private_notes_key(uk, pair_id)
        try:
            return self.ring.get(pair_id, epoch)
        except VerificationError:
            await self.load_pair_keys(pair_id)
            return self.ring.get(pair_id, epoch)

    async def _write_key(self, pair_id: str, record_type: str) -> PairKey:
        """The newest epoch's key, once every partner's key matches its pin (checked once
        per session): a changed key blocks writing to the pair until it is accepted."""
        if record_type in PRIVATE_TYPES:
            return await self._key_for(pair_id, 0, record_type)
        info = self._pairs.get(pair_id) or await self.pair(pair_id)
        for person_id in sorted(info.members):
            version = info.members[person_id]
            if person_id == self.user_id or version is None:
                continue
            self._block_if_changed(person_id)
            if (person_id, version) not in self._history:
                await self.trusted_bundle(person_id)
        try:
            return self.ring.current(pair_id)
        except VerificationError:  # not loaded yet, or a newer epoch remembered
            await self.load_pair_keys(pair_id)
            return self.ring.current(pair_id)
