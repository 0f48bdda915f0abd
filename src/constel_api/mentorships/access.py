"""Who may act on a pair, shared by every pair-scoped domain (séances, objectives, ...).

Only the pair's two people see anything of it; anybody else, admins of any kind
included, is told there is no such pair (404). Someone who withdrew keeps seeing the
mentorship itself (its history) but no longer its sub-resources.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.scoping import scoped_select
from constel_api.errors import Conflict, NotFound
from constel_api.models import Mentorship, MentorshipStatus, PairSide, Person

PAIR_NOT_FOUND = "pair_not_found"


@dataclass(frozen=True)
class PairActor:
    """A person acting on a mentorship, and on which side they stand."""

    mentorship: Mentorship
    person: Person
    side: PairSide

    @property
    def other_id(self) -> uuid.UUID:
        m = self.mentorship
        return m.mentee_id if self.side == PairSide.MENTOR else m.mentor_id


def side_of(mentorship: Mentorship, person_id: uuid.UUID) -> PairSide | None:
    if mentorship.mentor_id == person_id:
        return PairSide.MENTOR
    if mentorship.mentee_id == person_id:
        return PairSide.MENTEE
    return None


def is_current_member(mentorship: Mentorship, person_id: uuid.UUID) -> bool:
    """Same rule as the vault: a refused pair has no members, a leaver is out."""
    if mentorship.status == MentorshipStatus.REFUSED:
        return False
    if mentorship.status == MentorshipStatus.WITHDRAWN and mentorship.ended_by_id == person_id:
        return False
    return side_of(mentorship, person_id) is not None


async def _load(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, lock: str | None
) -> Mentorship:
    query = (
        scoped_select(Mentorship, person.organisation_id)
        .where(Mentorship.id == mentorship_id)
        .execution_options(populate_existing=True)
    )
    if lock == "update":
        query = query.with_for_update()
    elif lock == "share":
        query = query.with_for_update(read=True)
    mentorship = (await session.execute(query)).scalar_one_or_none()
    if mentorship is None:
        raise NotFound("No such mentorship.", code=PAIR_NOT_FOUND)
    return mentorship


async def pair_person(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, *, lock: str | None = None
) -> PairActor:
    """Either of the pair's two people, whatever the mentorship's status."""
    mentorship = await _load(session, person, mentorship_id, lock)
    side = side_of(mentorship, person.id)
    if side is None:
        raise NotFound("No such mentorship.", code=PAIR_NOT_FOUND)
    return PairActor(mentorship, person, side)


async def pair_member(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, *, lock: str | None = None
) -> PairActor:
    """A current member: the pair's sub-resources (séances, objectives, ...) are theirs."""
    actor = await pair_person(session, person, mentorship_id, lock=lock)
    if not is_current_member(actor.mentorship, person.id):
        raise NotFound("No such mentorship.", code=PAIR_NOT_FOUND)
    return actor


def require_active(mentorship: Mentorship) -> None:
    """Writes of pair work need an active mentorship; say why otherwise."""
    status = mentorship.status
    if status == MentorshipStatus.ACTIVE:
        return
    if status == MentorshipStatus.WITHDRAWN:
        raise Conflict("This mentorship was withdrawn; it is read-only.", code="pair_withdrawn")
    if status in (MentorshipStatus.COMPLETED, MentorshipStatus.REFUSED):
        raise Conflict(f"This mentorship is {status}; it is read-only.", code="pair_closed",
                       pair_status=status)
    raise Conflict(
        "This mentorship is not active yet: both people accept and sign the charter first.",
        code="pair_not_active", pair_status=status,
    )


class Versioned(Protocol):
    version: int


def check_version(obj: Versioned, expected: int) -> None:
    """Optimistic concurrency: the client says which version it edited."""
    if obj.version != expected:
        raise Conflict(
            "Someone changed this in the meantime; reload it and try again.",
            code="stale_version", current_version=obj.version,
        )


def bump(obj: Versioned) -> None:
    obj.version += 1


def refused(detail: str, code: str, **extra: Any) -> Conflict:
    """A transition that the current state does not allow."""
    return Conflict(detail, code=code, **extra)
