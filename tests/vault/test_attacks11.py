"""Every weakness of protocol 1.0 found against a live server, reproduced by changing the
database as a compromised server would, and now failing safely (protocol 1.1)."""

from __future__ import annotations

import os
import uuid

import httpx
import pytest
from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import (
    Role,
    VaultBundle,
    VaultEnvelope,
    VaultKeyring,
    VaultPair,
    VaultRecord,
    VaultRecordField,
)
from constel_client.crypto import (
    KeyChangedError,
    RollbackError,
    VerificationError,
    identity_from_seeds,
)
from constel_client.participant import Participant
from constel_client.participant.payloads import session_report_mismatches, status_mismatches
from tests.fixtures.actors import Factory
from tests.vault.helpers import World, make_mentorship, make_world, paired, participant

MENTOR_PASS = "mentor passphrase"
SESSION = {"id": "5e550000-0000-4000-8000-00000000000a", "starts_at": "2026-12-03T14:00:00Z"}


async def setup(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession
) -> tuple[World, Participant, Participant]:
    world = await make_world(client, factory, session)
    mentor, mentee = await paired(client, world)
    return world, mentor, mentee


async def fresh(client: httpx.AsyncClient, world: World, **kwargs: int) -> Participant:
    """The mentor's client started afresh: nothing in memory but the passphrase."""
    p = participant(client, world.mentor)
    p.keyring_seen = kwargs.get("keyring_seen", 0)
    await p.unlock(MENTOR_PASS)
    return p


async def keyring_row(session: AsyncSession, person_id: str) -> tuple[int, bytes]:
    row = (await session.execute(
        select(VaultKeyring.version, VaultKeyring.blob)
        .where(VaultKeyring.person_id == uuid.UUID(person_id))
    )).one()
    return int(row[0]), bytes(row[1])


class TestSubstitutedBundle:
    async def test_fresh_client_refuses_then_accepts(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, _, mentee = await setup(client, factory, session)
        # The server swaps the mentee's published keys for keys of its own (validly
        # self-signed: anyone can make one).
        fake = identity_from_seeds(mentee.user_id, 1, os.urandom(32), os.urandom(32)).bundle()
        await session.execute(
            update(VaultBundle).where(VaultBundle.person_id == uuid.UUID(mentee.user_id))
            .values(x_pk=fake.x_pk, ed_pk=fake.ed_pk, self_sig=fake.self_sig)
        )
        mentor = await fresh(client, world)
        with pytest.raises(KeyChangedError):  # no envelope to the substituted key
            await mentor.share_pair_keys(world.pair_id, mentee.user_id)
        with pytest.raises(KeyChangedError):  # nor any writing to the pair
            await mentor.write_record(world.pair_id, "objective", {"title": "t"})
        assert mentor.key_changed(mentee.user_id)
        assert (await session.scalar(
            select(VaultRecord.id).where(VaultRecord.pair_id == uuid.UUID(world.pair_id))
        )) is None
        # The person accepts the change (after comparing safety numbers, say): the keyring
        # keeps the decision, so a client started afresh again trusts the new key.
        await mentor.accept_key(mentee.user_id)
        await mentor.write_record(world.pair_id, "objective", {"title": "t"})
        again = await fresh(client, world)
        assert (await again.trusted_bundle(mentee.user_id)).x_pk == fake.x_pk
        assert not again.is_verified(mentee.user_id)
        await again.write_record(world.pair_id, "objective", {"title": "t"})

    async def test_control_without_keyring_the_swap_goes_unnoticed(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        """What 1.1 closes: a client with no keyring (and no memory) pins whatever it sees."""
        world, _, mentee = await setup(client, factory, session)
        fake = identity_from_seeds(mentee.user_id, 1, os.urandom(32), os.urandom(32)).bundle()
        await session.execute(
            update(VaultBundle).where(VaultBundle.person_id == uuid.UUID(mentee.user_id))
            .values(x_pk=fake.x_pk, ed_pk=fake.ed_pk, self_sig=fake.self_sig)
        )
        await session.execute(delete(VaultKeyring))
        mentor = await fresh(client, world)
        assert (await mentor.trusted_bundle(mentee.user_id)).x_pk == fake.x_pk


class TestKeyringRollback:
    async def test_older_relabelled_or_missing_keyring_refused(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, mentee = await setup(client, factory, session)
        old_version, old_blob = await keyring_row(session, mentor.user_id)
        await mentor.mark_verified(mentee.user_id)  # a newer keyring
        new_version, _ = await keyring_row(session, mentor.user_id)
        assert new_version == old_version + 1 == mentor.keyring_seen
        person = VaultKeyring.person_id == uuid.UUID(mentor.user_id)
        # The server serves the older keyring, under its own version ...
        await session.execute(update(VaultKeyring).where(person)
                              .values(version=old_version, blob=old_blob))
        with pytest.raises(RollbackError):
            await mentor.unlock(MENTOR_PASS)  # this client saw the newer one
        with pytest.raises(RollbackError):  # a new run that kept the version it saw
            await fresh(client, world, keyring_seen=new_version)
        # ... or relabelled as the newer version: it no longer opens.
        await session.execute(update(VaultKeyring).where(person)
                              .values(version=new_version, blob=old_blob))
        with pytest.raises(VerificationError):
            await fresh(client, world)
        # ... or not at all, to a client that saw one.
        await session.execute(delete(VaultKeyring).where(person))
        with pytest.raises(RollbackError):
            await fresh(client, world, keyring_seen=new_version)

    async def test_stale_save_reloads_and_merges(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        """Two of the mentor's clients change the keyring: the second one's 409 is merged."""
        world = await make_world(client, factory, session)
        other = await factory.actor(client, world.org, Role.MEMBER)
        await make_mentorship(session, world.org, world.mentor.id, other.id,
                              program=world.program)
        other_id = str(other.id)  # plain: an error response may expire the row
        _, mentee = await paired(client, world)
        await participant(client, other).create_identity("other passphrase")
        first, second = await fresh(client, world), await fresh(client, world)
        await first.mark_verified(mentee.user_id)
        await second.fetch_bundle(other_id)  # a new pin, saved over a stale version
        third = await fresh(client, world)
        assert third.is_verified(mentee.user_id)
        assert other_id in third.pins.people()
        assert third.keyring_seen == second.keyring_seen == first.keyring_seen + 1


class TestRecordsBound:
    async def test_report_moved_to_another_session_or_parent(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, mentee = await setup(client, factory, session)
        report = await mentor.write_session_report(world.pair_id, SESSION, "rapport", "suite")
        opened = await mentee.read_record(report.record_id)
        assert (opened.format, opened.subject_id) == (2, SESSION["id"])
        assert session_report_mismatches(opened, SESSION) == []
        for values in ({"subject_id": uuid.uuid4()}, {"subject_id": None},
                       {"parent_id": uuid.UUID(report.record_id)}):
            await session.execute(update(VaultRecord)
                                  .where(VaultRecord.id == uuid.UUID(report.record_id))
                                  .values(subject_id=uuid.UUID(SESSION["id"]), parent_id=None)
                                  .values(**values))
            with pytest.raises(VerificationError):
                await mentee.read_record(report.record_id)

    async def test_dropped_or_added_field(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, mentee = await setup(client, factory, session)
        report = await mentor.write_session_report(world.pair_id, SESSION, "rapport", "suite")
        other = await mentor.write_record(world.pair_id, "session_report",
                                          {"body": "b", "next_steps": "autre"})
        rid = uuid.UUID(report.record_id)
        await session.execute(delete(VaultRecordField).where(
            VaultRecordField.record_id == rid, VaultRecordField.field == "next_steps"))
        with pytest.raises(VerificationError):
            await mentee.read_record(report.record_id)
        # Another report's field added (the author's valid signature, for that record).
        borrowed = (await session.execute(select(VaultRecordField).where(
            VaultRecordField.record_id == uuid.UUID(other.record_id),
            VaultRecordField.field == "next_steps"))).scalar_one()
        await session.execute(insert(VaultRecordField).values(
            record_id=rid, field="next_steps", ct=borrowed.ct, wdek=borrowed.wdek,
            sig=borrowed.sig))
        with pytest.raises(VerificationError):
            await mentee.read_record(report.record_id)
        await session.execute(delete(VaultRecordField).where(
            VaultRecordField.record_id == rid, VaultRecordField.field == "next_steps"))
        await session.execute(insert(VaultRecordField).values(
            record_id=rid, field="extra", ct=borrowed.ct, wdek=borrowed.wdek, sig=borrowed.sig))
        with pytest.raises(VerificationError):
            await mentee.read_record(report.record_id)

    async def test_clear_metadata_checked_against_the_payload(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, mentee = await setup(client, factory, session)
        report = await mentee.read_record(
            (await mentor.write_session_report(world.pair_id, SESSION, "r")).record_id)
        moved = {**SESSION, "starts_at": "2026-12-04T14:00:00+00:00"}
        assert session_report_mismatches(report, moved) == ["starts_at"]
        assert session_report_mismatches(report, {**SESSION, "id": str(uuid.uuid4())}) == [
            "session_id"]
        same_instant = {**SESSION, "starts_at": "2026-12-03T15:00:00+01:00"}
        assert session_report_mismatches(report, same_instant) == []
        objective_id = str(uuid.uuid4())
        wording = await mentee.read_record((await mentor.write_record(
            world.pair_id, "objective", {"title": "t", "status": "defined"},
            subject_id=objective_id)).record_id)
        assert status_mismatches(wording, {"id": objective_id, "status": "defined"}) == []
        assert status_mismatches(wording, {"id": objective_id, "status": "achieved"}) == [
            "status"]


class TestOldEpoch:
    async def test_fresh_client_refuses_an_epoch_held_back(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, mentee = await setup(client, factory, session)
        await mentor.rotate_pair_key(world.pair_id)  # epoch 2
        await mentee.load_pair_keys(world.pair_id)
        # A compromised server (with a leaver holding epoch 1) hides epoch 2.
        pair = uuid.UUID(world.pair_id)
        await session.execute(update(VaultPair).where(VaultPair.mentorship_id == pair)
                              .values(current_epoch=1))
        await session.execute(delete(VaultEnvelope).where(VaultEnvelope.pair_id == pair,
                                                          VaultEnvelope.epoch == 2))
        fresh_mentor = await fresh(client, world)
        with pytest.raises(RollbackError):
            await fresh_mentor.write_record(world.pair_id, "objective", {"title": "t"})
        assert (await session.scalar(select(VaultRecord.id).where(
            VaultRecord.pair_id == pair))) is None
        # The control: without its keyring a fresh client writes under epoch 1.
        await session.execute(delete(VaultKeyring))
        amnesic = await fresh(client, world)
        written = await amnesic.write_record(world.pair_id, "objective", {"title": "t"})
        assert written.epoch == 1
