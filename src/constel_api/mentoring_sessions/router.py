"""``/api/v1/mentorships/{id}/sessions`` (séances) and ``/api/v1/calendar`` (feeds)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from constel_api.auth.dependencies import SettingsDep
from constel_api.core.pagination import Page, PageParamsDep
from constel_api.core.urls import public_url
from constel_api.db import SessionDep
from constel_api.errors import problem_responses
from constel_api.mentoring_sessions import calendar, service
from constel_api.mentoring_sessions.schemas import (
    CalendarFeedCreated,
    CalendarFeedRead,
    SessionAction,
    SessionCreate,
    SessionMissed,
    SessionRead,
    SessionReschedule,
)
from constel_api.mentorships.deps import Participant
from constel_api.models import SessionStatus

router = APIRouter(prefix="/api/v1/mentorships/{mentorship_id}/sessions",
                   tags=["mentoring-sessions"])
calendar_router = APIRouter(prefix="/api/v1/calendar", tags=["calendar"])

WRITE_ERRORS = problem_responses(401, 404, 409, 422)


@router.get("", operation_id="listMentoringSessions", response_model=Page[SessionRead],
            responses=problem_responses(401, 404))
async def list_mentoring_sessions(
    mentorship_id: uuid.UUID, person: Participant, session: SessionDep, page: PageParamsDep,
    status: Annotated[SessionStatus | None, Query()] = None,
) -> Page[SessionRead]:
    """The pair's séances, by start date."""
    rows, total = await service.list_for_pair(session, person, mentorship_id, status=status,
                                              limit=page.limit, offset=page.offset)
    return Page(items=[SessionRead.model_validate(r) for r in rows], total=total,
                limit=page.limit, offset=page.offset)


@router.post("", operation_id="scheduleMentoringSession", response_model=SessionRead,
             status_code=status.HTTP_201_CREATED, responses=WRITE_ERRORS)
async def schedule_mentoring_session(
    mentorship_id: uuid.UUID, body: SessionCreate, person: Participant, session: SessionDep
) -> SessionRead:
    """Schedule a séance; its place or link is a vault record about it."""
    row = await service.schedule(session, person, mentorship_id, body.starts_at,
                                 body.duration_minutes, body.mode)
    return SessionRead.model_validate(row)


@router.get("/{session_id}", operation_id="getMentoringSession", response_model=SessionRead,
            responses=problem_responses(401, 404))
async def get_mentoring_session(
    mentorship_id: uuid.UUID, session_id: uuid.UUID, person: Participant, session: SessionDep
) -> SessionRead:
    """One séance of the pair."""
    return SessionRead.model_validate(
        await service.get(session, person, mentorship_id, session_id))


@router.patch("/{session_id}", operation_id="rescheduleMentoringSession",
              response_model=SessionRead, responses=WRITE_ERRORS)
async def reschedule_mentoring_session(
    mentorship_id: uuid.UUID, session_id: uuid.UUID, body: SessionReschedule,
    person: Participant, session: SessionDep,
) -> SessionRead:
    """Move a scheduled séance, or change its length or mode."""
    row = await service.reschedule(session, person, mentorship_id, session_id, body.version,
                                   body.starts_at, body.duration_minutes, body.mode)
    return SessionRead.model_validate(row)


@router.post("/{session_id}/cancel", operation_id="cancelMentoringSession",
             response_model=SessionRead, responses=WRITE_ERRORS)
async def cancel_mentoring_session(
    mentorship_id: uuid.UUID, session_id: uuid.UUID, body: SessionAction,
    person: Participant, session: SessionDep,
) -> SessionRead:
    """Cancel a scheduled séance; who cancelled is recorded."""
    row = await service.cancel(session, person, mentorship_id, session_id, body.version)
    return SessionRead.model_validate(row)


@router.post("/{session_id}/held", operation_id="markMentoringSessionHeld",
             response_model=SessionRead, responses=WRITE_ERRORS)
async def mark_mentoring_session_held(
    mentorship_id: uuid.UUID, session_id: uuid.UUID, body: SessionAction,
    person: Participant, session: SessionDep,
) -> SessionRead:
    """Mark a séance held (only after the mentor confirmed the first meeting)."""
    row = await service.mark_held(session, person, mentorship_id, session_id, body.version)
    return SessionRead.model_validate(row)


@router.post("/{session_id}/missed", operation_id="markMentoringSessionMissed",
             response_model=SessionRead, responses=WRITE_ERRORS)
async def mark_mentoring_session_missed(
    mentorship_id: uuid.UUID, session_id: uuid.UUID, body: SessionMissed,
    person: Participant, session: SessionDep,
) -> SessionRead:
    """Mark a séance missed, saying who was absent."""
    row = await service.mark_missed(session, person, mentorship_id, session_id, body.version,
                                    body.absence)
    return SessionRead.model_validate(row)


# --- calendar feed ------------------------------------------------------------------------


@calendar_router.get("/feed", operation_id="getCalendarFeed", response_model=CalendarFeedRead,
                     responses=problem_responses(401, 404))
async def get_calendar_feed(person: Participant, session: SessionDep) -> CalendarFeedRead:
    """Whether I have a calendar subscription URL (never the URL itself)."""
    feed = await calendar.feed_state(session, person)
    return CalendarFeedRead(active=feed is not None,
                            created_at=feed.created_at if feed else None,
                            last_fetched_at=feed.last_fetched_at if feed else None)


@calendar_router.post("/feed", operation_id="createCalendarFeed",
                      response_model=CalendarFeedCreated, status_code=status.HTTP_201_CREATED,
                      responses=problem_responses(401, 404))
async def create_calendar_feed(
    request: Request, person: Participant, session: SessionDep, settings: SettingsDep
) -> CalendarFeedCreated:
    """A new secret subscription URL for my séances; the previous one stops working."""
    feed, secret = await calendar.create_feed(session, person)
    url = public_url(request, settings, "get_calendar_ics", key=secret)
    return CalendarFeedCreated(url=url, created_at=feed.created_at)


@calendar_router.delete("/feed", operation_id="revokeCalendarFeed",
                        status_code=status.HTTP_204_NO_CONTENT,
                        responses=problem_responses(401, 404))
async def revoke_calendar_feed(person: Participant, session: SessionDep) -> Response:
    """Revoke my subscription URL."""
    await calendar.revoke_feed(session, person)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@calendar_router.get(
    "/sessions.ics", operation_id="getCalendarIcs", name="get_calendar_ics",
    response_class=Response, responses={
        200: {"content": {"text/calendar": {}}, "description": "iCalendar (RFC 5545)"},
        **problem_responses(404),
    },
)
async def get_calendar_ics(
    session: SessionDep, key: Annotated[str, Query()] = "",
) -> Response:
    """My séances as iCalendar; the secret ``key`` is the only credential."""
    body = await calendar.render_feed(session, key)
    return Response(content=body, media_type="text/calendar; charset=utf-8",
                    headers={"Cache-Control": "private, max-age=300"})
