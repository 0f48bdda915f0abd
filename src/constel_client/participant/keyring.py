"""My keyring: pins and highest epochs loaded from the server right after unlock, saved
back (``keyring_version + 1``) whenever they change.

A client that starts afresh trusts exactly what it trusted before: a partner's key that
differs from the pin raises :class:`KeyChangedError`, an epoch older than the highest one
seen raises :class:`RollbackError`, and so does a keyring older than the last one seen.
"""

from __future__ import annotations

from ..api import ApiError
from ..crypto import KeyChangedError, RollbackError
from ..crypto.keyring import Keyring, open_keyring, seal_keyring
from .identity import IdentityClient

SAVE_ATTEMPTS = 5


class KeyringClient(IdentityClient):
    """The keyring on top of my identity. ``keyring_seen`` (constructor) is the highest
    keyring version this person's client saw before, if the caller keeps it across runs;
    :attr:`keyring_seen` is kept up to date for that purpose."""

    _saved: Keyring | None = None
    _changed_keys: set[str]

    def _current_keyring(self) -> Keyring:
        version = self._saved.version if self._saved else 0
        return Keyring(
            version, self.pins.to_keyring(exclude=self.user_id),
            {p: e for p in self.ring.pairs() if (e := self.ring.highest_epoch(p)) > 0},
        )

    def _apply(self, keyring: Keyring) -> None:
        self.pins.load_keyring(keyring.pins, exclude=self.user_id)
        for pair_id, epoch in keyring.epochs.items():
            self.ring.remember_epoch(pair_id, epoch)
        self._saved = keyring
        self.keyring_seen = max(self.keyring_seen, keyring.version)

    async def _fetch_keyring(self) -> Keyring | None:
        _, uk, _ = self._unlocked()
        found = await self.api.get_keyring()
        if found is None:
            if self.keyring_seen > 0:
                raise RollbackError("the server no longer serves the keyring this client saw")
            return None
        version, blob = found
        return open_keyring(uk, self.user_id, version, blob, seen=self.keyring_seen)

    async def _after_unlock(self) -> None:
        """Load the keyring before anything else; pins held in memory are kept and saved."""
        await super()._after_unlock()
        local = self._current_keyring()
        stored = await self._fetch_keyring()
        if stored is not None:
            self._apply(stored)
            self._apply(local.merged(self._current_keyring()))
            self._saved = stored
        await self.save_keyring()

    async def _after_new_identity(self) -> None:
        """New keys (first identity or reset): a new keyring, replacing any unreadable one."""
        await super()._after_new_identity()
        # A first identity has no keyring yet; after a reset the old one cannot be opened
        # (new account key) and is replaced by the next version.
        found = None if self.identity.key_version == 1 else await self.api.get_keyring()
        self._saved = Keyring(found[0] if found else 0)
        self.keyring_seen = max(self.keyring_seen, self._saved.version)
        await self.save_keyring(force=True)

    async def save_keyring(self, *, force: bool = False) -> bool:
        """Store the keyring if pins or epochs changed since it was loaded or saved; on a
        409 (another of my clients saved first) reload it, merge, and try again. Nothing
        to do while locked: what changed is saved at the next save after unlock."""
        if self._uk is None:
            return False
        _, uk, _ = self._unlocked()
        for _ in range(SAVE_ATTEMPTS):
            current = self._current_keyring()
            if not force and self._saved is not None and current.same_content(self._saved):
                return False
            version = current.version + 1
            blob = seal_keyring(uk, self.user_id, current, version)
            try:
                await self.api.put_keyring(version, blob)
            except ApiError as exc:
                if exc.code != "stale_keyring":
                    raise
                newer = await self._fetch_keyring()
                if newer is None:
                    raise RollbackError("the keyring vanished while saving it") from exc
                self._apply(current.merged(newer))
                self._saved = newer
                force = True
                continue
            self._saved = Keyring(version, current.pins, current.epochs)
            self.keyring_seen = max(self.keyring_seen, version)
            return True
        raise RollbackError("the keyring keeps changing elsewhere; try again")

    def _block_if_changed(self, person_id: str) -> None:
        if person_id in self._changed_keys:
            raise KeyChangedError(f"key of {person_id} changed; accept it before use")
