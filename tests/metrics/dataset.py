"""A hand-built program whose every figure is known, created directly with the models.

Units: Siège (root) > Nord, Sud. Program "Envol" (6 expected sessions, capacity 2).
- 6 mentors (3 Nord, 3 Sud), active; 8 mentees invited: 6 active, 1 eligible, 1 declined;
  Nord holds mentees 0-5, Sud mentees 6-7.
- 6 pairs (mentor i, mentee i), created 2026-01-05: 4 active, 1 completed (pair 4),
  1 withdrawn by the mentee (pair 5, reason availability); both ended 2026-03-20.
- Sessions: 3 held per pair in January (18); February: pair 0 missed (mentee absent),
  pair 1 missed (mentor absent), pair 2 cancelled; March: pairs 0-4 one scheduled each.
- Objectives: pairs 0-4 one achieved + one in progress; pair 5 two defined (12).
- Action items: pairs 0-4 one done + one open... plus pairs 0-1 a second done (7 done, 5 open).
- Introductions: pairs 0-4 one done (5).
- Closing feedback scores from the 6 mentees: 4 5 5 3 4 5 (mean 4.33).
- One kick-off event with 8 invitations: 6 present, 2 absent.
- A vault record on pair 0 whose ciphertext must never come out of any metrics route.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import nacl.secret
import nacl.utils

from constel_api.models import (
    EventAttendance,
    Mentorship,
    Organisation,
    OrgUnit,
    Person,
    Program,
    ProgramEvent,
    ProgramParticipant,
    VaultRecord,
    VaultRecordField,
)
from constel_api.models.mentoring import (
    ActionItem,
    Feedback,
    Introduction,
    MentoringSession,
    Objective,
)
from tests.fixtures.actors import Factory

SECRET_NOTE = b"Confidential: my manager Claire and I disagree about my promotion"


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


@dataclass
class Dataset:
    org: Organisation
    program: Program
    root: OrgUnit
    nord: OrgUnit
    sud: OrgUnit
    mentors: list[Person]
    mentees: list[Person]
    pairs: list[Mentorship]
    ciphertext: bytes
    ids: dict[str, uuid.UUID] = field(default_factory=dict)

    @property
    def program_id(self) -> uuid.UUID:
        """Kept apart: a failed request expires the ORM objects of the shared session."""
        return self.ids["program"]

    @property
    def org_id(self) -> uuid.UUID:
        return self.ids["org"]


async def build(factory: Factory, org: Organisation | None = None) -> Dataset:
    s = factory.session
    org = org or await factory.organisation()
    root = await factory.unit(org, "Siège")
    nord = await factory.unit(org, "Nord", parent=root)
    sud = await factory.unit(org, "Sud", parent=root)
    program = Program(organisation_id=org.id, name="Envol", status="running",
                      expected_sessions=6, mentor_capacity=2)
    s.add(program)
    await s.flush()

    mentors = [await factory.person(org, password=None, unit_id=(nord if i < 3 else sud).id,
                                    given_name=f"Mentor{i}") for i in range(6)]
    mentees = [await factory.person(org, password=None, unit_id=(nord if i < 6 else sud).id,
                                    given_name=f"Mentee{i}") for i in range(8)]
    for m in mentors:
        s.add(ProgramParticipant(organisation_id=org.id, program_id=program.id, person_id=m.id,
                                 role="mentor", state="active", created_at=at(1, 2),
                                 applied_at=at(1, 2)))
    for i, m in enumerate(mentees):
        state = "active" if i < 6 else ("eligible" if i == 6 else "declined")
        s.add(ProgramParticipant(organisation_id=org.id, program_id=program.id, person_id=m.id,
                                 role="mentee", state=state, created_at=at(1, 1),
                                 invited_at=at(1, 1),
                                 applied_at=at(1, 2) if state != "declined" else None))
    await s.flush()

    pairs: list[Mentorship] = []
    for i in range(6):
        status = "active" if i < 4 else ("completed" if i == 4 else "withdrawn")
        pair = Mentorship(organisation_id=org.id, program_id=program.id,
                          mentor_id=mentors[i].id, mentee_id=mentees[i].id, status=status,
                          created_at=at(1, 5), activated_at=at(1, 8))
        if i >= 4:
            pair.ended_at = at(3, 20)
        if i == 5:
            pair.ended_by_id = mentees[i].id
            pair.end_reason = "availability"
        s.add(pair)
        pairs.append(pair)
    await s.flush()

    for i, pair in enumerate(pairs):
        for k in range(3):
            s.add(_session(org, pair, at(1, 10 + 5 * k), "held"))
        if i == 0:
            s.add(_session(org, pair, at(2, 10), "missed", absence="mentee"))
        if i == 1:
            s.add(_session(org, pair, at(2, 10), "missed", absence="mentor"))
        if i == 2:
            s.add(_session(org, pair, at(2, 10), "cancelled"))
        if i < 5:
            s.add(_session(org, pair, at(3, 25), "scheduled"))
        if i < 5:
            s.add(Objective(organisation_id=org.id, mentorship_id=pair.id, status="achieved",
                            defined_at=at(1, 12), achieved_at=at(2, 28)))
            s.add(Objective(organisation_id=org.id, mentorship_id=pair.id,
                            status="in_progress", defined_at=at(1, 12)))
            s.add(ActionItem(organisation_id=org.id, mentorship_id=pair.id, owner="mentee",
                             status="done", created_at=at(1, 15)))
            s.add(ActionItem(organisation_id=org.id, mentorship_id=pair.id, owner="mentee",
                             status="open", created_at=at(1, 15)))
            s.add(Introduction(organisation_id=org.id, mentorship_id=pair.id, status="done",
                               created_at=at(2, 1)))
        else:
            for _ in range(2):
                s.add(Objective(organisation_id=org.id, mentorship_id=pair.id,
                                status="defined", defined_at=at(1, 12)))
        if i < 2:
            s.add(ActionItem(organisation_id=org.id, mentorship_id=pair.id, owner="mentor",
                             status="done", created_at=at(1, 15)))
        s.add(Feedback(organisation_id=org.id, mentorship_id=pair.id, author_id=mentees[i].id,
                       author_side="mentee", kind="closing",
                       satisfaction_score=[4, 5, 5, 3, 4, 5][i], created_at=at(3, 21)))

    event = ProgramEvent(organisation_id=org.id, program_id=program.id, kind="kickoff",
                         title="Lancement", starts_at=at(1, 3),
                         ends_at=at(1, 3) + timedelta(hours=2))
    s.add(event)
    await s.flush()
    attendees = mentors + mentees[:2]
    for j, person in enumerate(attendees):
        s.add(EventAttendance(organisation_id=org.id, event_id=event.id, person_id=person.id,
                              status="present" if j < 6 else "absent", recorded_at=at(1, 3)))

    # Content of pair 0, encrypted for real: it must never leave through a metrics route.
    box = nacl.secret.SecretBox(nacl.utils.random(nacl.secret.SecretBox.KEY_SIZE))
    ciphertext = bytes(box.encrypt(SECRET_NOTE))
    record = VaultRecord(id=uuid.uuid4(), organisation_id=org.id, pair_id=pairs[0].id,
                         record_type="session_report", record_version=1,
                         author_id=mentors[0].id, author_key_version=1, epoch=0)
    s.add(record)
    await s.flush()
    s.add(VaultRecordField(record_id=record.id, field="body", ct=ciphertext,
                           wdek=nacl.utils.random(72), sig=nacl.utils.random(64)))
    await s.flush()
    return Dataset(org, program, root, nord, sud, mentors, mentees, pairs, ciphertext,
                   ids={"program": program.id, "org": org.id})


def _session(org: Organisation, pair: Mentorship, starts: datetime, status: str,
             absence: str | None = None) -> MentoringSession:
    return MentoringSession(organisation_id=org.id, mentorship_id=pair.id, starts_at=starts,
                            duration_minutes=60, mode="video", status=status, absence=absence)
