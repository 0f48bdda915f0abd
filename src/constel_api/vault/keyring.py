"""The keyring: one sealed blob per person holding what their clients trust.

Pins of partners' keys, their verification state and the highest epoch seen per pair
are sealed by the person's client under a key derived from their account key; the
server only stores the blob and enforces that its version goes up by exactly one per
write, so two clients never overwrite each other unnoticed and an older blob is never
served in place of a newer one.
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.errors import Conflict, NotFound, PayloadTooLarge
from constel_api.models import Person, VaultKeyring
from constel_api.vault import repository as repo
from constel_api.vault.registry import KEYRING_MAX_BYTES
from constel_api.vault.schemas import KeyringWrite


async def my_keyring(session: AsyncSession, me: Person) -> VaultKeyring:
    keyring = await repo.get_keyring(session, me.organisation_id, me.id)
    if keyring is None:
        raise NotFound("You have no keyring yet.", code="keyring_not_found")
    return keyring


def _stale(current: int) -> Conflict:
    return Conflict(
        "Your keyring changed elsewhere: load it again and merge.", code="stale_keyring",
        current_version=current,
    )


async def put_keyring(session: AsyncSession, me: Person, body: KeyringWrite) -> VaultKeyring:
    """Store version ``stored + 1`` (1 when none is stored); anything else is stale (409)."""
    if len(body.blob) > KEYRING_MAX_BYTES:
        raise PayloadTooLarge(
            f"A keyring holds at most {KEYRING_MAX_BYTES} bytes.", code="keyring_too_large"
        )
    keyring = await repo.get_keyring(session, me.organisation_id, me.id, lock=True)
    current = keyring.version if keyring is not None else 0
    if body.keyring_version != current + 1:
        raise _stale(current)
    if keyring is None:
        keyring = VaultKeyring(
            organisation_id=me.organisation_id, person_id=me.id,
            version=body.keyring_version, blob=body.blob, updated_at=utcnow(),
        )
        session.add(keyring)
        try:
            await session.flush()
        except IntegrityError as exc:  # another client stored version 1 meanwhile
            raise _stale(1) from exc
        return keyring
    keyring.version = body.keyring_version
    keyring.blob = body.blob
    keyring.updated_at = utcnow()
    await session.flush()
    return keyring
