"""Two members through the Python client with real encryption, from first keys to a
withdrawal: identities, pinned bundles, safety numbers, epoch 1, records both ways,
passphrase and recovery unlock, rotation after a withdrawal, reset and re-share."""

from __future__ import annotations

from dataclasses import replace

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import MentorshipStatus
from constel_api.vault.service import remove_member
from constel_client.api import ApiError
from constel_client.crypto import (
    PRODUCTION_FLOOR,
    BundleStatus,
    KeyChangedError,
    ParameterFloorError,
    VerificationError,
    open_record,
)
from tests.fixtures.actors import Factory
from tests.vault.helpers import make_world, paired, participant


class TestScenario:
    async def test_two_members_then_withdrawal(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world = await make_world(client, factory, session)
        mentor, mentee = await paired(client, world)
        pair = world.pair_id

        # Safety numbers agree on both screens; each side pinned the other's key.
        assert await mentor.safety_number(mentee.user_id) == await mentee.safety_number(
            mentor.user_id
        )
        assert await mentor.fetch_bundle(mentee.user_id) is BundleStatus.SAME

        # Records both ways, read back by the other member.
        report = await mentor.write_record(
            pair, "session_report", {"body": "Compte rendu : objectifs ✓", "next_steps": "…"}
        )
        opened = await mentee.read_record(report.record_id)
        assert opened.text("body") == "Compte rendu : objectifs ✓"
        assert opened.epoch == 1
        prep = await mentee.write_record(pair, "session_preparation", {"body": "Questions"})
        assert (await mentor.read_record(prep.record_id)).text("body") == "Questions"

        # A shared record edited by the partner; a stale edit is refused with 409.
        updated = await mentor.update_record(prep.record_id, {"body": "Questions v2"})
        assert updated.record_version == 2
        with pytest.raises(ApiError) as stale:
            await mentee.update_record(prep.record_id, {"body": "late"}, base_version=1)
        assert (stale.value.status, stale.value.code) == (409, "stale_version")
        assert (await mentee.read_record(prep.record_id)).text("body") == "Questions v2"

        # Private notes: readable by the author only, invisible to the partner.
        note = await mentee.write_record(pair, "private_note", {"body": "pour moi"})
        assert (await mentee.read_record(note.record_id)).text("body") == "pour moi"
        with pytest.raises(ApiError) as hidden:
            await mentor.read_record(note.record_id)
        assert hidden.value.status == 404
        assert [r.record_type for r in await mentor.list_records(pair)] == [
            "session_report", "session_preparation"
        ]

        # Passphrase change, then unlock with the new passphrase in a fresh client.
        await mentee.change_passphrase("a new mentee passphrase")
        fresh = participant(client, world.mentee)
        await fresh.unlock("a new mentee passphrase")
        assert fresh.identity.ed_pk == mentee.identity.ed_pk
        with pytest.raises(VerificationError):
            await participant(client, world.mentee).unlock("mentee passphrase")
        # The production floor refuses the low test parameters whatever the server says.
        strict = participant(client, world.mentee)
        strict.floor = PRODUCTION_FLOOR
        with pytest.raises(ParameterFloorError):
            await strict.unlock("a new mentee passphrase")

        # The mentee withdraws: the mentorship domain calls remove_member.
        world.mentorship.status = MentorshipStatus.WITHDRAWN
        world.mentorship.ended_by_id = world.mentee.id
        await remove_member(session, world.mentorship.id, world.mentee.id)
        state = await mentor.pair(pair)
        assert state.rotation_needed
        assert set(state.members) == {mentor.user_id}

        # The leaver is refused by the server from now on.
        for call in (
            mentee.api.list_envelopes(pair),
            mentee.api.get_pair(pair),
            mentee.api.get_record(report.record_id),
            mentee.api.list_records(pair),
        ):
            with pytest.raises(ApiError) as refused:
                await call
            assert refused.value.status == 404

        # The remaining member rotates to epoch 2 and keeps reading the old records.
        pk2 = await mentor.rotate_pair_key(pair)
        assert pk2.epoch == 2
        secret = await mentor.write_record(pair, "session_report", {"body": "after"})
        assert secret.epoch == 2
        assert (await mentor.read_record(report.record_id)).text("body").startswith("Compte")

        # Even handed the epoch-2 ciphertext, the leaver holds no key that opens it: not
        # epoch 2 (never wrapped for them) and not epoch 1 relabelled.
        stolen = (await mentor.api.get_record(secret.record_id)).fields["body"]
        assert mentee.ring.highest_epoch(pair) == 1
        with pytest.raises(VerificationError):
            mentee.ring.get(pair, 2)
        old_key = mentee.ring.get(pair, 1)
        mentor_bundle = mentee.pins.pinned(mentor.user_id)
        with pytest.raises(VerificationError):
            open_record(replace(stolen, epoch=1), old_key, mentor_bundle)
        with pytest.raises(VerificationError):
            open_record(stolen, replace(old_key, epoch=2), mentor_bundle)

    async def test_recovery_key_and_reset_then_reshare(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world = await make_world(client, factory, session)
        mentor, mentee = await paired(client, world)
        pair = world.pair_id
        first = await mentor.write_record(pair, "objective", {"title": "Prendre la parole"})

        # Recovery key unlock in a new client.
        recovery = await mentee.new_recovery_key()
        restored = participant(client, world.mentee)
        await restored.unlock_with_recovery_key(recovery)
        await restored.load_pair_keys(pair)
        assert (await restored.read_record(first.record_id)).text("title") == "Prendre la parole"

        # Both secrets lost: a new identity (key version 2, no prev_sig).
        reborn = participant(client, world.mentee)
        await reborn.reset_identity("brand new passphrase")
        assert reborn.identity.key_version == 2

        # The partner's client sees a changed key and refuses to wrap until accepted.
        assert await mentor.fetch_bundle(reborn.user_id) is BundleStatus.CHANGED
        with pytest.raises(KeyChangedError):
            await mentor.share_pair_keys(pair, reborn.user_id)
        await mentor.accept_key(reborn.user_id)
        assert await mentor.share_pair_keys(pair, reborn.user_id) == 1

        await reborn.fetch_bundle(mentor.user_id)
        await reborn.load_pair_keys(pair)
        assert (await reborn.read_record(first.record_id)).text("title") == "Prendre la parole"
        assert await reborn.safety_number(mentor.user_id) == await mentor.safety_number(
            reborn.user_id
        )

    async def test_identity_rotation_keeps_access(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world = await make_world(client, factory, session)
        mentor, mentee = await paired(client, world)
        pair = world.pair_id
        old = await mentor.write_record(pair, "session_report", {"body": "signed by v1"})
        await mentor.rotate_identity()
        assert mentor.identity.key_version == 2
        # The partner follows the signed rotation and still checks the v1 signature.
        assert await mentee.fetch_bundle(mentor.user_id) is BundleStatus.ROTATED
        assert (await mentee.read_record(old.record_id)).text("body") == "signed by v1"
        new = await mentor.write_record(pair, "session_report", {"body": "signed by v2"})
        assert (await mentee.read_record(new.record_id)).text("body") == "signed by v2"
        # The rotated mentor re-wrapped epoch 1 for the new key and can still open it.
        fresh = participant(client, world.mentor)
        await fresh.unlock("mentor passphrase")
        await fresh.load_pair_keys(pair)
        assert (await fresh.read_record(old.record_id)).text("body") == "signed by v1"
