"""Pairs: who belongs to a mentorship's vault, and the epochs and envelopes of its pair key.

Membership is derived from the mentorship (minus anyone who left), and every pair-scoped
read or write starts with :func:`require_member`. Non-members get 404: the pair's content
is none of their business, not even its existence. A new epoch wraps a fresh pair key for
every current member; envelopes re-share existing epochs.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.errors import Conflict, NotFound, Unprocessable
from constel_api.models import (
    Mentorship,
    MentorshipStatus,
    Person,
    VaultBundle,
    VaultEnvelope,
    VaultPair,
)
from constel_api.vault import repository as repo
from constel_api.vault.keys import current_bundle
from constel_api.vault.registry import (
    BOX_SEAL_OVERHEAD,
    PUBLIC_KEY_BYTES,
)
from constel_api.vault.schemas import (
    EnvelopeWrite,
    EpochCreate,
)
from constel_api.vault.validation import enc, signature_ok


@dataclass(frozen=True)
class PairAccess:
    mentorship: Mentorship
    state: VaultPair | None
    members: list[tuple[uuid.UUID, str]]

    @property
    def current_epoch(self) -> int:
        return self.state.current_epoch if self.state else 0

    @property
    def member_ids(self) -> set[uuid.UUID]:
        return {pid for pid, _ in self.members}


def current_members(
    mentorship: Mentorship, state: VaultPair | None
) -> list[tuple[uuid.UUID, str]]:
    """Mentor and mentee, unless the pairing was refused or the person has left it."""
    if mentorship.status == MentorshipStatus.REFUSED:
        return []
    removed = set(state.removed_member_ids) if state else set()
    members = []
    for person_id, role in ((mentorship.mentor_id, "mentor"), (mentorship.mentee_id, "mentee")):
        if person_id in removed:
            continue
        if mentorship.status == MentorshipStatus.WITHDRAWN and mentorship.ended_by_id == person_id:
            continue
        members.append((person_id, role))
    return members


async def require_member(
    session: AsyncSession, me: Person, pair_id: uuid.UUID, *, lock: bool = False
) -> PairAccess:
    found = await repo.get_pair(session, me.organisation_id, pair_id)
    if found is None:
        raise NotFound("No such pair.", code="pair_not_found")
    mentorship, state = found
    if lock:
        state = await repo.lock_pair_state(session, mentorship)
    access = PairAccess(mentorship, state, current_members(mentorship, state))
    if me.id not in access.member_ids:
        raise NotFound("No such pair.", code="pair_not_found")
    return access


async def pair_view(
    session: AsyncSession, me: Person, pair_id: uuid.UUID
) -> tuple[PairAccess, dict[uuid.UUID, VaultBundle]]:
    access = await require_member(session, me, pair_id)
    bundles = await repo.current_bundles(session, me.organisation_id, list(access.member_ids))
    return access, bundles


def _sealed_length(pair_id: uuid.UUID, epoch: int, recipient_id: uuid.UUID) -> int:
    inner = enc("pairkey", str(pair_id), epoch, str(recipient_id), bytes(PUBLIC_KEY_BYTES))
    return BOX_SEAL_OVERHEAD + len(inner)


def _check_envelope(
    env: EnvelopeWrite,
    pair_id: uuid.UUID,
    wrapper: VaultBundle,
    recipient: VaultBundle | None,
) -> None:
    """Shape, context and the wrapper's signature (the server can check it with public keys)."""
    if env.pair_id != pair_id:
        raise Unprocessable("Envelope for another pair.", code="pair_mismatch")
    if env.wrapper_id != wrapper.person_id or env.wrapper_key_version != wrapper.key_version:
        raise Unprocessable(
            "Envelopes are wrapped by you with your current key.", code="wrapper_mismatch"
        )
    if recipient is None or env.recipient_key_version != recipient.key_version:
        raise Unprocessable(
            "Envelopes go to a member's current key.", code="recipient_key_mismatch"
        )
    if len(env.sealed) != _sealed_length(pair_id, env.epoch, env.recipient_id):
        raise Unprocessable("The sealed pair key has the wrong length.", code="invalid_sealed")
    message = enc(
        "pairkey-env", str(pair_id), env.epoch, str(env.recipient_id), recipient.x_pk,
        str(env.wrapper_id), env.key_id, env.sealed,
    )
    if not signature_ok(wrapper.ed_pk, message, env.sig):
        raise Unprocessable(
            "The envelope signature does not verify.", code="bad_envelope_signature"
        )


def _envelope_row(org_id: uuid.UUID, env: EnvelopeWrite) -> VaultEnvelope:
    return VaultEnvelope(
        organisation_id=org_id, pair_id=env.pair_id, epoch=env.epoch,
        recipient_id=env.recipient_id, recipient_key_version=env.recipient_key_version,
        wrapper_id=env.wrapper_id, wrapper_key_version=env.wrapper_key_version,
        key_id=env.key_id, sealed=env.sealed, sig=env.sig,
    )


async def create_epoch(
    session: AsyncSession, me: Person, pair_id: uuid.UUID, body: EpochCreate
) -> VaultPair:
    """Epoch ``current + 1`` wrapped for every current member at their current key."""
    access = await require_member(session, me, pair_id, lock=True)
    state = access.state
    assert state is not None
    if body.epoch != state.current_epoch + 1:
        raise Conflict(
            f"The next epoch is {state.current_epoch + 1}.", code="epoch_conflict",
            current_epoch=state.current_epoch,
        )
    recipients = [env.recipient_id for env in body.envelopes]
    if sorted(recipients) != sorted(access.member_ids):
        raise Unprocessable(
            "A new epoch needs exactly one envelope per current member.",
            code="envelopes_must_cover_members",
        )
    if len({env.key_id for env in body.envelopes}) != 1:
        raise Unprocessable("Envelopes carry different pair keys.", code="key_id_mismatch")
    wrapper = await current_bundle(session, me)
    bundles = await repo.current_bundles(session, me.organisation_id, recipients)
    for env in body.envelopes:
        if env.epoch != body.epoch:
            raise Unprocessable("Envelope for another epoch.", code="epoch_mismatch")
        _check_envelope(env, pair_id, wrapper, bundles.get(env.recipient_id))
    session.add_all(_envelope_row(me.organisation_id, env) for env in body.envelopes)
    state.current_epoch = body.epoch
    state.rotation_needed = False
    await session.flush()
    await record_audit(
        session, me, "vault.epoch.create", "mentorship", pair_id, {"epoch": body.epoch}
    )
    return state


async def add_envelopes(
    session: AsyncSession, me: Person, pair_id: uuid.UUID, envelopes: list[EnvelopeWrite]
) -> list[VaultEnvelope]:
    """Re-share existing epochs, e.g. to a member's new key after a reset or a rotation."""
    access = await require_member(session, me, pair_id, lock=True)
    wrapper = await current_bundle(session, me)
    bundles = await repo.current_bundles(
        session, me.organisation_id, [e.recipient_id for e in envelopes]
    )
    rows = []
    for env in envelopes:
        if env.recipient_id not in access.member_ids:
            raise Unprocessable("Envelopes go to current members only.", code="not_a_member")
        if not 1 <= env.epoch <= access.current_epoch:
            raise Unprocessable("No such epoch.", code="unknown_epoch")
        _check_envelope(env, pair_id, wrapper, bundles.get(env.recipient_id))
        known = await repo.key_id_of_epoch(session, pair_id, env.epoch)
        if known is not None and known != env.key_id:
            raise Unprocessable("Not the pair key of that epoch.", code="key_id_mismatch")
        rows.append(_envelope_row(me.organisation_id, env))
    session.add_all(rows)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict("That envelope already exists.", code="envelope_exists") from exc
    for row in rows:
        await session.refresh(row)
    return rows


async def my_envelopes(
    session: AsyncSession, me: Person, pair_id: uuid.UUID
) -> list[VaultEnvelope]:
    await require_member(session, me, pair_id)
    return await repo.envelopes_of(session, pair_id, me.id)


async def remove_member(
    session: AsyncSession, mentorship_id: uuid.UUID, person_id: uuid.UUID
) -> None:
    """Called by the mentorship domain when ``person_id`` leaves (withdrawal, replacement).

    Deletes the leaver's envelopes of the pair and refuses them from then on; the pair
    is flagged so a remaining member's client rotates to a new epoch.
    """
    mentorship = await session.get(Mentorship, mentorship_id)
    if mentorship is None:
        raise NotFound("No such pair.", code="pair_not_found")
    state = await repo.lock_pair_state(session, mentorship)
    if person_id not in state.removed_member_ids:
        state.removed_member_ids = [*state.removed_member_ids, person_id]
    state.rotation_needed = state.current_epoch > 0
    await repo.delete_envelopes(session, mentorship_id, person_id)
    await session.flush()
