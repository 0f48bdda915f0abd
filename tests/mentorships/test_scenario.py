"""The full life of a pair through the Python client, with real encryption: accept, sign,
first meeting, séances held and missed with their encrypted place, preparation, report,
private notes and private-topic consent, objectives, action items, an introduction,
feedback, a resource file, then the mentor's withdrawal with re-match priority and the
pair-key rotation. Outsiders are refused everywhere, and afterwards no table holds any
plaintext we used."""

from __future__ import annotations

import base64
import io
import logging
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.mentorships import repository as mrepo
from constel_api.models import Organisation, ParticipantRole, ParticipantState, ProgramParticipant
from constel_client.api import ApiError, VaultApi
from constel_client.mentoring import MentoringApi
from constel_client.participant import Participant
from tests.fixtures.actors import Actor, Factory
from tests.mentorships.helpers import ADMIN_ROLE_SETS, make_pair
from tests.vault.helpers import TEST_FLOOR

CANARIES = {
    "place": "Salle Kestrel-7 au troisième étage",
    "link": "https://visio.example/kestrel-zx81",
    "prep": "Questions préparées kestrel-prep-4417",
    "report": "Compte rendu kestrel-report-9031",
    "next": "Prochaines étapes kestrel-next-5520",
    "note_mentor": "Note privée du mentor kestrel-nm-1187",
    "note_mentee": "Note privée de la mentorée kestrel-ne-7731",
    "consent_ask": "Puis-je aborder ta situation familiale ? kestrel-ca-3390",
    "consent_yes": "Oui, d'accord kestrel-cy-2281",
    "objective": "Prendre la parole en comité kestrel-obj-6612",
    "action": "Préparer le pitch de trois minutes kestrel-act-0815",
    "intro": "Présentation à Mme Durand, DSI kestrel-intro-4478",
    "feedback": "Séances très utiles kestrel-fb-9904",
    "file": "Contenu du document kestrel-file-3141 " * 50,
    "file_name": "kestrel-plan-de-carriere.pdf",
    "withdrawal": "Je pars en mission longue kestrel-wd-2718",
    "after": "Écrit après la rotation kestrel-after-1618",
}


def _encodings(value: str) -> list[bytes]:
    raw = value.encode()
    utf16 = [value.encode("utf-16-le"), value.encode("utf-16-be")]
    # Bytea columns print as hex, so hex of every form too.
    forms = [raw, raw.hex().encode(), *utf16, *(u.hex().encode() for u in utf16)]
    for shift in range(3):  # base64 at every alignment, edges trimmed
        encoded = base64.b64encode(b"\0" * shift + raw)[4 if shift else 0:-4]
        forms.append(encoded)
    return [f for f in forms if len(f) >= 12]


async def scan_every_table(session: AsyncSession, values: list[str]) -> list[str]:
    """Every row of every table as text (bytea shows as hex); returns what was found."""
    tables = (await session.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))).scalars().all()
    found = []
    for table in tables:
        rows = await session.execute(text(f'SELECT t::text FROM "{table}" t'))  # noqa: S608
        blob = "\n".join(r[0] for r in rows).encode()
        lowered = blob.lower()
        for value in values:
            for form in _encodings(value):
                if form in blob or form.lower() in lowered:
                    found.append(f"{table}: {value[:20]}")
    return found


def client_of(http: httpx.AsyncClient, actor: Actor) -> tuple[Participant, MentoringApi]:
    assert actor.token
    vault = Participant(VaultApi(http, actor.token), str(actor.id), floor=TEST_FLOOR,
                        kdf_ops=1, kdf_mem=1024 * 1024)
    return vault, MentoringApi(http, actor.token)


async def expect(status: int, call: object) -> ApiError:
    with pytest.raises(ApiError) as caught:
        await call  # type: ignore[misc]
    assert caught.value.status == status, caught.value
    return caught.value


class TestLifeOfAPair:
    async def test_full_life(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
        caplog: pytest.LogCaptureFixture,
    ) -> None:
        caplog.set_level(logging.DEBUG)
        world = await make_pair(client, factory, session)
        pair = str(world.mentorship_id)
        org_id, program_id, mentee_id = world.org.id, world.program.id, world.mentee.id
        mentor, mentor_api = client_of(client, world.mentor)
        mentee, mentee_api = client_of(client, world.mentee)

        # --- consent: both accept and sign the current charter ------------------------
        await mentor.create_identity("phrase du mentor")
        await mentee.create_identity("phrase de la mentorée")
        await mentor.fetch_bundle(mentee.user_id)
        await mentee.fetch_bundle(mentor.user_id)
        assert (await mentor_api.accept(pair))["status"] == "proposed"
        await mentor.create_pair_key(pair)  # the first who accepts creates epoch 1
        assert (await mentee_api.accept(pair))["status"] == "accepted"
        await mentee.load_pair_keys(pair)
        assert (await mentor_api.sign_charter(pair, 1))["status"] == "accepted"
        assert (await mentee_api.sign_charter(pair, 1))["status"] == "active"
        assert await mentor.safety_number(mentee.user_id) == await mentee.safety_number(
            mentor.user_id)

        # --- first séance: not held before the first-meeting confirmation ----------------
        past = (utcnow() - timedelta(days=2)).isoformat()
        first = await mentee_api.schedule_session(pair, past, 60, "in_person")
        s1 = first["id"]
        err = await expect(409, mentor_api.session_action(pair, s1, "held", 1))
        assert err.code == "first_meeting_not_confirmed"
        await mentor_api.confirm_first_meeting(pair)
        place = await mentee.write_record(pair, "session_place", {"place": CANARIES["place"]},
                                          subject_id=s1)
        prep = await mentee.write_record(pair, "session_preparation",
                                         {"body": CANARIES["prep"], "topics": "prise de parole"},
                                         subject_id=s1)
        report = await mentor.write_record(pair, "session_report", {
            "body": CANARIES["report"], "next_steps": CANARIES["next"]}, subject_id=s1)
        note_mentor = await mentor.write_record(pair, "private_note",
                                                {"body": CANARIES["note_mentor"]}, subject_id=s1)
        note_mentee = await mentee.write_record(pair, "private_note",
                                                {"body": CANARIES["note_mentee"]}, subject_id=s1)
        ask = await mentor.write_record(pair, "consent_record", {"body": CANARIES["consent_ask"]},
                                        subject_id=s1)
        yes = await mentee.write_record(pair, "consent_record", {"body": CANARIES["consent_yes"]},
                                        subject_id=s1, parent_id=ask.record_id)
        held = await mentor_api.session_action(pair, s1, "held", 1)
        assert held["status"] == "held"
        second = await mentor_api.schedule_session(pair, past, 45, "video")
        await mentor.write_record(pair, "session_place", {"place": CANARIES["link"]},
                                  subject_id=second["id"])
        missed = await mentee_api.session_action(pair, second["id"], "missed", 1,
                                                 absence="mentor")
        assert missed["absence"] == "mentor"

        # Each reads the other's content; private notes stay with their author.
        assert (await mentor.read_record(prep.record_id)).text("body") == CANARIES["prep"]
        assert (await mentee.read_record(report.record_id)).text("next_steps") == CANARIES["next"]
        assert (await mentor.read_record(place.record_id)).text("place") == CANARIES["place"]
        assert (await mentor.read_record(yes.record_id)).text("body") == CANARIES["consent_yes"]
        assert (await mentee.read_record(note_mentee.record_id)).text("body") == \
            CANARIES["note_mentee"]
        await expect(404, mentee.read_record(note_mentor.record_id))

        # --- objectives, action items, an introduction, feedback ------------------------------
        objective = await mentee_api.create(pair, "objectives")
        wording = await mentee.write_record(pair, "objective", {
            "title": CANARIES["objective"], "status": "defined"}, subject_id=objective["id"])
        objective = await mentee_api.update(pair, "objectives", objective["id"],
                                            {"version": 1, "status": "in_progress"})
        await mentee.update_record(wording.record_id, {"title": CANARIES["objective"],
                                                       "status": "achieved"})
        objective = await mentor_api.update(pair, "objectives", objective["id"],
                                            {"version": 2, "status": "achieved"})
        assert objective["achieved_at"]
        item = await mentor_api.create(pair, "action-items", {"owner": "mentee", "session_id": s1,
                                                              "due_on": "2030-01-31"})
        await mentor.write_record(pair, "action_item", {"title": CANARIES["action"]},
                                  subject_id=item["id"])
        item = await mentee_api.update(pair, "action-items", item["id"],
                                       {"version": 1, "status": "done"})
        assert item["status"] == "done"
        intro = await mentor_api.create(pair, "introductions")
        await mentor.write_record(pair, "introduction", {"body": CANARIES["intro"]},
                                  subject_id=intro["id"])
        intro = await mentee_api.update(pair, "introductions", intro["id"],
                                        {"version": 1, "status": "accepted"})
        feedback = await mentee_api.create(pair, "feedback", {"kind": "ongoing",
                                                              "satisfaction_score": 5})
        await mentee.write_record(pair, "feedback", {"body": CANARIES["feedback"]},
                                  subject_id=feedback["id"])

        # --- a resource: upload, download, metadata only inside the vault -----------------
        content = CANARIES["file"].encode()
        doc = await mentee.upload_file(pair, io.BytesIO(content), name=CANARIES["file_name"],
                                       media_type="application/pdf")
        out = io.BytesIO()
        assert await mentor.download_file(doc, out) == len(content)
        assert out.getvalue() == content
        assert (await mentor.file_meta(pair, doc))["name"] == CANARIES["file_name"]

        # --- nobody else reaches any of it ------------------------------------------------
        other = await make_pair(client, factory, session)
        foreign = await make_pair(client, factory, session)
        strangers = [other.mentor, foreign.mentee]
        org = await session.get(Organisation, org_id, populate_existing=True)
        assert org is not None
        for roles in ADMIN_ROLE_SETS:
            strangers.append(await factory.actor(client, org, *roles))
        paths = [
            f"/api/v1/mentorships/{pair}", f"/api/v1/mentorships/{pair}/transitions",
            f"/api/v1/mentorships/{pair}/sessions", f"/api/v1/mentorships/{pair}/sessions/{s1}",
            f"/api/v1/mentorships/{pair}/objectives", f"/api/v1/mentorships/{pair}/action-items",
            f"/api/v1/mentorships/{pair}/introductions", f"/api/v1/mentorships/{pair}/feedback",
            f"/api/v1/vault/pairs/{pair}", f"/api/v1/vault/records/{report.record_id}",
            f"/api/v1/vault/files/{doc}", f"/api/v1/vault/files/{doc}/content",
            f"/api/v1/vault/records?pair_id={pair}", f"/api/v1/vault/pairs/{pair}/envelopes",
        ]
        for path in paths:  # the paths are right: the pair's members do reach them
            r = await client.get(path, headers=world.mentee.headers)
            assert r.status_code == 200, (path, r.text)
        for stranger in strangers:
            for path in paths:
                r = await client.get(path, headers=stranger.headers)
                assert r.status_code == 404, (stranger.person.roles, path, r.status_code)

        # --- the mentor withdraws: re-match priority, the pair key rotates ------------------
        message = await mentor.write_record(pair, "withdrawal_message",
                                            {"body": CANARIES["withdrawal"]}, subject_id=pair)
        left = await mentor_api.withdraw(pair, "availability", message.record_id)
        assert left["status"] == "withdrawn"
        assert left["replacement_status"] == "pending"
        assert left["withdrawal_final"] is False
        participant = await session.get(ProgramParticipant, (await _participant_id(
            session, program_id, mentee_id)), populate_existing=True)
        assert participant is not None
        assert participant.rematch_priority is True
        assert participant.state == ParticipantState.ELIGIBLE
        assert [p[2] for p in await mrepo.pending_rematches(session, org_id, program_id)] == [
            mentee_id]

        # The leaver reaches nothing of the pair's content any more.
        await expect(404, mentor.api.get_record(report.record_id))
        await expect(404, mentor.api.list_envelopes(pair))
        await expect(404, mentor_api.sessions(pair))
        # The mentee reads the message, rotates, and writes what the mentor cannot open.
        assert (await mentee.read_record(message.record_id)).text("body") == \
            CANARIES["withdrawal"]
        info = await mentee.pair(pair)
        assert info.rotation_needed
        assert set(info.members) == {mentee.user_id}
        assert (await mentee.rotate_pair_key(pair)).epoch == 2
        after = await mentee.write_record(pair, "private_note", {"body": CANARIES["after"]})
        shared_after = await mentee.write_record(pair, "session_report",
                                                 {"body": CANARIES["after"]})
        assert shared_after.epoch == 2
        await expect(404, mentor.api.get_record(shared_after.record_id))
        await expect(404, mentor.api.get_record(after.record_id))
        # Acting on the withdrawn pair is refused for the one who stays.
        err = await expect(409, mentee_api.schedule_session(pair, past, 30, "phone"))
        assert err.code == "pair_withdrawn"
        events = [t["event"] for t in await mentee_api.transitions(pair)]
        assert events[-2:] == ["first_meeting_confirmed", "withdrawn"]

        # --- no plaintext anywhere: every table, and the server's logs ------------------------
        values = list(CANARIES.values())
        assert await scan_every_table(session, values) == []
        server_logs = "\n".join(str(r.__dict__) for r in caplog.records
                                if r.name.startswith("constel_api"))
        assert server_logs
        for value in values:
            for form in _encodings(value):
                assert form.decode("latin-1") not in server_logs


async def _participant_id(session: AsyncSession, program_id: object, person_id: object
                          ) -> object:
    row = await session.execute(text(
        "SELECT id FROM program_participants WHERE program_id = :p AND person_id = :m"),
        {"p": program_id, "m": person_id})
    return row.scalar_one()


def test_roles_are_what_the_scenario_expects() -> None:
    assert {r.value for r in ParticipantRole} == {"mentor", "mentee"}


async def test_the_scan_does_find_plaintext(factory: Factory, session: AsyncSession) -> None:
    """Guard against a scan that cannot fail: raw, base64 and UTF-16 forms are all caught."""
    raw, b64, utf16 = "kestrel-probe-raw-1", "kestrel-probe-b64-2", "kestrel-probe-u16-3"
    await factory.organisation(name=raw)
    await factory.organisation(name=base64.b64encode(b"x" + b64.encode()).decode())
    await factory.organisation(name=utf16.encode("utf-16-le").hex())
    found = await scan_every_table(session, [raw, b64, utf16, "kestrel-absent-4"])
    assert sorted(found) == sorted(f"organisations: {v[:20]}" for v in (raw, b64, utf16))
