"""Each domain event e-mails exactly the right people, through a real worker and a real
SMTP server: a new charter version, a withdrawal and the pending replacement, the first
meeting to confirm, the end of a pair and of a program, a directory import, expired
invitations."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.main import create_app
from constel_api.models import (
    MentorshipStatus,
    NotificationPreference,
    ParticipantRole,
    ParticipantState,
    Person,
    ProgramManager,
    Role,
)
from constel_api.notifications import reminders
from tests.fixtures.actors import login
from tests.mentorships.helpers import Pair, enrol, make_pair
from tests.notifications.conftest import CommittingFactory, Mailbox, Runner


def _client(settings: Settings, engine: AsyncEngine) -> httpx.AsyncClient:
    app = create_app(settings, engine)
    transport = httpx.ASGITransport(app=app, client=("203.0.113.21", 50000))
    return httpx.AsyncClient(transport=transport, base_url="https://testserver")


def _queue_empty(engine: AsyncEngine):  # type: ignore[no-untyped-def]
    async def check() -> bool:
        async with engine.connect() as conn:
            n = (await conn.execute(text(
                "SELECT count(*) FROM jobs.pgqueuer WHERE status IN ('queued', 'picked')"
            ))).scalar_one()
        return int(n) == 0
    return check


async def _drain(run_workers: Runner, settings: Settings, engine: AsyncEngine) -> None:
    """Work every queued job off, so that "nobody else" is a real claim."""
    await run_workers(settings, _queue_empty(engine))


def _subjects(mailbox: Mailbox, person: Person) -> list[str]:
    return sorted(str(m["Subject"]) for m in mailbox.to(person.email))


async def _admin(cfactory: CommittingFactory, http: httpx.AsyncClient, pair: Pair,
                 *roles: Role) -> tuple[Person, dict[str, str]]:
    admin = await cfactory.person(pair.org, *(roles or (Role.ORG_ADMIN,)))
    token = await login(http, admin.email, "correct horse battery staple")
    return admin, {"Authorization": f"Bearer {token}"}


async def test_a_new_charter_version_asks_every_participant_to_sign_again(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    async with _client(mail_settings, engine) as http:
        org = await cfactory.organisation(name="notify-charter")
        pair = await make_pair(http, cfactory, committed, org=org,
                               status=MentorshipStatus.ACTIVE, first_meeting=True)
        waiting = await cfactory.person(org)
        invited = await cfactory.person(org)
        declined = await cfactory.person(org)
        await enrol(committed, pair.program, waiting.id, ParticipantRole.MENTEE,
                    ParticipantState.ELIGIBLE)
        await enrol(committed, pair.program, invited.id, ParticipantRole.MENTEE,
                    ParticipantState.INVITED)
        await enrol(committed, pair.program, declined.id, ParticipantRole.MENTEE,
                    ParticipantState.DECLINED)
        committed.add(NotificationPreference(person_id=waiting.id, organisation_id=org.id,
                                             locale="en", reminders_enabled=False,
                                             digest="daily"))
        await committed.commit()
        _, headers = await _admin(cfactory, http, pair)

        r = await http.put(f"/api/v1/programs/{pair.program.id}/charter", headers=headers,
                           json={"body_markdown": "Charte, version revue"})
        assert r.status_code == 200, r.text
        assert r.json()["version"] == 2

        await run_workers(mail_settings, lambda: len(mailbox.messages) >= 3)
        await _drain(run_workers, mail_settings, engine)

    assert sorted(r[0] for r in mailbox.recipients) == sorted(
        [pair.mentor.person.email, pair.mentee.person.email, waiting.email])
    # Mandatory: sent at once in the person's language, even with reminders off and a digest.
    (english,) = mailbox.to(waiting.email)
    assert english["Subject"] == "New version of the charter"
    assert "(version 2)" in Mailbox.text(english)
    assert f"https://constel.test/my-programs/{pair.program.id}" in Mailbox.text(english)
    assert english["List-Unsubscribe"] is None
    (french,) = mailbox.to(pair.mentee.person.email)
    assert french["Subject"] == "Nouvelle version de la charte"
    assert "Charte, version revue" not in Mailbox.text(french) + Mailbox.html(french)


async def test_a_mentor_withdrawing_tells_the_mentee_and_asks_the_admins_to_replace(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    async with _client(mail_settings, engine) as http:
        org = await cfactory.organisation(name="notify-withdraw-mentor")
        pair = await make_pair(http, cfactory, committed, org=org,
                               status=MentorshipStatus.ACTIVE, first_meeting=True)
        admin, _ = await _admin(cfactory, http, pair)
        member = await cfactory.person(org)  # neither in the pair nor an admin
        r = await http.post(f"{pair.url}/withdraw", headers=pair.mentor.headers,
                            json={"reason": "professional_change"})
        assert r.status_code == 200, r.text

        await run_workers(mail_settings, lambda: len(mailbox.messages) >= 2)
        await _drain(run_workers, mail_settings, engine)

    assert sorted(r[0] for r in mailbox.recipients) == sorted(
        [pair.mentee.person.email, admin.email])
    assert mailbox.to(member.email) == []
    assert mailbox.to(pair.mentor.person.email) == []
    (told,) = mailbox.to(pair.mentee.person.email)
    assert told["Subject"] == "Votre binôme a pris fin"
    body = Mailbox.text(told)
    assert "Votre mentor·e s'est retiré·e" in body
    assert f"https://constel.test/mentorships/{pair.mentorship_id}" in body
    (asked,) = mailbox.to(admin.email)
    assert asked["Subject"] == "Un·e mentoré·e attend un·e nouveau·elle mentor·e"
    assert pair.mentee.person.display_name in Mailbox.text(asked)
    assert f"https://constel.test/programs/{pair.program.id}/matching" in Mailbox.text(asked)
    for message in mailbox.messages:  # the reason category is never told
        assert "professional" not in Mailbox.text(message).lower()
        assert "professionnel" not in Mailbox.text(message).lower()


async def test_a_mentee_withdrawing_tells_the_mentor_and_the_program_managers(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    async with _client(mail_settings, engine) as http:
        org = await cfactory.organisation(name="notify-withdraw-mentee")
        pair = await make_pair(http, cfactory, committed, org=org,
                               status=MentorshipStatus.ACTIVE, first_meeting=True)
        org_admin, _ = await _admin(cfactory, http, pair)
        manager = await cfactory.person(org, Role.PROGRAM_MANAGER)
        committed.add(ProgramManager(organisation_id=org.id, program_id=pair.program.id,
                                     person_id=manager.id))
        await committed.commit()
        r = await http.post(f"{pair.url}/withdraw", headers=pair.mentee.headers,
                            json={"reason": "personal"})
        assert r.status_code == 200, r.text

        await run_workers(mail_settings, lambda: len(mailbox.messages) >= 2)
        await _drain(run_workers, mail_settings, engine)

    # The program has a manager: the organisation's admins are not told.
    assert sorted(r[0] for r in mailbox.recipients) == sorted(
        [pair.mentor.person.email, manager.email])
    assert mailbox.to(org_admin.email) == []
    (told,) = mailbox.to(pair.mentor.person.email)
    assert "Votre mentoré·e s'est retiré·e" in Mailbox.text(told)
    (managed,) = mailbox.to(manager.email)
    assert managed["Subject"] == "Un binôme a pris fin"
    assert (f"{pair.mentor.person.display_name} – {pair.mentee.person.display_name}"
            in Mailbox.text(managed))


async def test_the_mentor_is_asked_to_confirm_the_first_meeting_once_the_pair_is_active(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    async with _client(mail_settings, engine) as http:
        org = await cfactory.organisation(name="notify-first-meeting")
        pair = await make_pair(http, cfactory, committed, org=org)
        for actor in (pair.mentor, pair.mentee):
            r = await http.post(f"{pair.url}/accept", headers=actor.headers, json={})
            assert r.status_code == 200, r.text
        for actor in (pair.mentor, pair.mentee):
            r = await http.post(f"{pair.url}/charter-signature", headers=actor.headers,
                                json={"charter_version": pair.charter.version})
            assert r.status_code == 200, r.text
        assert r.json()["status"] == "active"

        await run_workers(mail_settings, lambda: len(mailbox.messages) >= 3)
        await _drain(run_workers, mail_settings, engine)

    assert _subjects(mailbox, pair.mentor.person) == [
        "Premier rendez-vous à confirmer", "Proposition acceptée"]
    assert _subjects(mailbox, pair.mentee.person) == ["Proposition acceptée"]
    (ask,) = [m for m in mailbox.to(pair.mentor.person.email)
              if m["Subject"] == "Premier rendez-vous à confirmer"]
    assert pair.mentee.person.display_name in Mailbox.text(ask)
    assert f"https://constel.test/mentorships/{pair.mentorship_id}" in Mailbox.text(ask)


async def test_the_end_of_a_pair_and_of_the_program_ask_for_closing_feedback(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    async with _client(mail_settings, engine) as http:
        org = await cfactory.organisation(name="notify-closing")
        early = await make_pair(http, cfactory, committed, org=org,
                                status=MentorshipStatus.ACTIVE, first_meeting=True)
        late = await make_pair(http, cfactory, committed, org=org,
                               status=MentorshipStatus.ACTIVE, first_meeting=True,
                               program=(early.program, early.charter))
        committed.add(NotificationPreference(person_id=late.mentee.id, organisation_id=org.id,
                                             locale="en", reminders_enabled=True,
                                             digest="immediate"))
        await committed.commit()
        _, headers = await _admin(cfactory, http, early)
        # Completed by both sides' agreement: the first asks, the second agrees.
        for actor in (early.mentor, early.mentee):
            r = await http.post(f"{early.url}/complete", headers=actor.headers, json={})
            assert r.status_code == 200, r.text
        assert r.json()["status"] == "completed"
        r = await http.post(f"/api/v1/programs/{early.program.id}/actions/close",
                            headers=headers)
        assert r.status_code == 200, r.text

        await run_workers(mail_settings, lambda: len(mailbox.messages) >= 4)
        await _drain(run_workers, mail_settings, engine)

    assert len(mailbox.messages) == 4
    for actor in (early.mentor, early.mentee):
        assert _subjects(mailbox, actor.person) == ["Votre binôme est terminé"]
    assert _subjects(mailbox, late.mentor.person) == ["Le programme Programme est terminé"]
    (english,) = mailbox.to(late.mentee.person.email)
    assert english["Subject"] == "The Programme program has ended"
    body = Mailbox.text(english)
    assert late.mentor.person.display_name in body
    assert "give your closing feedback" in body
    assert f"https://constel.test/mentorships/{late.mentorship_id}" in body


async def test_a_directory_import_tells_the_admin_who_ran_it(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    csv = ("external_id,email,given_name,family_name\n"
           "x1,lea@notify-import.test,Léa,Roux\nx2,noe@notify-import.test,Noé,Blanc\n")
    async with _client(mail_settings, engine) as http:
        org = await cfactory.organisation(name="notify-import")
        runner = await cfactory.person(org, Role.ORG_ADMIN)
        other_admin = await cfactory.person(org, Role.ORG_ADMIN)
        token = await login(http, runner.email, "correct horse battery staple")
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "text/csv"}
        r = await http.post("/api/v1/directory/imports", params={"dry_run": "true"},
                            headers=headers, content=csv)
        assert r.status_code == 201, r.text
        r = await http.post("/api/v1/directory/imports", params={"dry_run": "false"},
                            headers=headers, content=csv)
        assert r.status_code == 201, r.text

        await run_workers(mail_settings, lambda: len(mailbox.messages) >= 1)
        await _drain(run_workers, mail_settings, engine)
        listing = await http.get("/api/v1/me/notifications", headers=headers)

    assert mailbox.recipients == [[runner.email]]  # once: the dry run tells nobody
    assert mailbox.to(other_admin.email) == []
    body = Mailbox.text(mailbox.messages[0])
    assert "2 création(s), 0 mise(s) à jour, 0 désactivation(s)" in body
    assert "https://constel.test/directory" in body
    assert "lea@notify-import.test" not in body
    assert "Léa" not in body
    assert [i["kind"] for i in listing.json()["items"]] == ["import_finished"]


async def test_expired_invitations_are_reported_to_the_program_admins(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    async with _client(mail_settings, engine) as http:
        org = await cfactory.organisation(name="notify-invite-expired")
        pair = await make_pair(http, cfactory, committed, org=org,
                               status=MentorshipStatus.ACTIVE, first_meeting=True)
        admin, _ = await _admin(cfactory, http, pair)
        now = utcnow()
        invited = [await cfactory.person(org) for _ in range(2)]
        for person in invited:
            row = await enrol(committed, pair.program, person.id, ParticipantRole.MENTEE,
                              ParticipantState.INVITED)
            row.invited_at = now
        await committed.commit()

    delay = pair.program.answer_delay_days
    # Two days before: the invited people are reminded, the admins are not told yet.
    assert await reminders.invitation_expiries(committed, now + timedelta(days=delay - 1)) == 2
    await committed.commit()
    assert await reminders.invitation_expiries(committed, now + timedelta(days=delay, hours=1)
                                               ) == 1
    await committed.commit()
    # A later run finds nothing left to expire and tells nobody again.
    assert await reminders.invitation_expiries(committed, now + timedelta(days=delay + 1)) == 0
    await committed.commit()

    await run_workers(mail_settings, lambda: len(mailbox.messages) >= 3)
    await _drain(run_workers, mail_settings, engine)
    assert sorted(r[0] for r in mailbox.recipients) == sorted(
        [*(p.email for p in invited), admin.email])
    (told,) = mailbox.to(admin.email)
    assert told["Subject"] == "Invitations expirées sans réponse"
    body = Mailbox.text(told)
    assert "2 invitation(s) au programme « Programme » ont expiré sans réponse." in body
    assert f"https://constel.test/programs/{pair.program.id}" in body
    assert all(p.display_name not in body for p in invited)


async def test_the_pairs_hear_two_weeks_before_the_program_ends(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    now = utcnow()
    async with _client(mail_settings, engine) as http:
        org = await cfactory.organisation(name="notify-ending")
        pair = await make_pair(http, cfactory, committed, org=org,
                               status=MentorshipStatus.ACTIVE, first_meeting=True,
                               ends_on=(now + timedelta(days=14)).date())
    assert await reminders.programs_ending(committed, now) == 2
    await committed.commit()

    await run_workers(mail_settings, lambda: len(mailbox.messages) >= 2)
    await _drain(run_workers, mail_settings, engine)
    assert sorted(r[0] for r in mailbox.recipients) == sorted(
        [pair.mentor.person.email, pair.mentee.person.email])
    (told,) = mailbox.to(pair.mentee.person.email)
    last_day = (now + timedelta(days=14)).strftime("%d/%m/%Y")
    assert told["Subject"] == f"Le programme Programme se termine le {last_day}"
    assert pair.mentor.person.display_name in Mailbox.text(told)
    # A reminder: one-click unsubscribe.
    assert told["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
