"""Program lifecycle draft -> enrolment_open -> running -> closed -> archived.

Each transition states its prerequisites; a refused one says what is missing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.core.time import utcnow
from constel_api.errors import Conflict
from constel_api.models import ParticipantRole, ParticipantState, Person, Program, ProgramStatus
from constel_api.programs import repository as repo

Action = Literal["open-enrolment", "start", "close", "archive"]

TRANSITIONS: dict[str, tuple[ProgramStatus, ProgramStatus]] = {
    "open-enrolment": (ProgramStatus.DRAFT, ProgramStatus.ENROLMENT_OPEN),
    "start": (ProgramStatus.ENROLMENT_OPEN, ProgramStatus.RUNNING),
    "close": (ProgramStatus.RUNNING, ProgramStatus.CLOSED),
    "archive": (ProgramStatus.CLOSED, ProgramStatus.ARCHIVED),
}


def allowed_actions(status: str) -> list[str]:
    return [action for action, (source, _) in TRANSITIONS.items() if source == status]


async def _missing_to_open(session: AsyncSession, program: Program) -> list[str]:
    missing: list[str] = []
    charter = await repo.latest_charter(session, program.id)
    if charter is None or not charter.body_markdown.strip():
        missing.append("charter")
    questions = await repo.questions(session, program.id)
    for role in ParticipantRole:
        if not any(q.audience in (role.value, "both") for q in questions):
            missing.append(f"questionnaire.{role.value}")
    for field in ("starts_on", "ends_on"):
        if getattr(program, field) is None:
            missing.append(field)
    return missing


async def _missing_to_start(session: AsyncSession, program: Program) -> list[str]:
    counts = await repo.count_by_role_state(session, program.id)
    missing = []
    for role in ParticipantRole:
        ready = sum(n for (r, s), n in counts.items()
                    if r == role and s in (ParticipantState.ELIGIBLE, ParticipantState.ACTIVE))
        if ready == 0:
            missing.append(f"eligible_{role.value}s")
    return missing


async def _nothing(session: AsyncSession, program: Program) -> list[str]:
    return []


CloseHook = Callable[[AsyncSession, Program], Awaitable[object]]
_close_hooks: dict[str, CloseHook] = {}


def on_close(name: str, hook: CloseHook) -> None:
    """Let a domain above programs act in the closing transaction (mentorships complete
    their active pairs). Wired once in ``main.create_app``; the same name replaces."""
    _close_hooks[name] = hook


PREREQUISITES: dict[str, Callable[[AsyncSession, Program], Awaitable[list[str]]]] = {
    "open-enrolment": _missing_to_open,
    "start": _missing_to_start,
    "close": _nothing,
    "archive": _nothing,
}


async def transition(session: AsyncSession, actor: Person, program: Program,
                     action: Action) -> Program:
    source, target = TRANSITIONS[action]
    if program.status != source:
        raise Conflict(
            f"Cannot {action.replace('-', ' ')} a program that is {program.status}.",
            code="transition_not_allowed", program_status=program.status, action=action,
            allowed_actions=allowed_actions(program.status),
        )
    missing = await PREREQUISITES[action](session, program)
    if missing:
        raise Conflict(f"The program is not ready to {action.replace('-', ' ')}.",
                       code="program_incomplete", action=action, missing=missing)
    now = utcnow()
    if action == "open-enrolment":
        charter = await repo.latest_charter(session, program.id)
        assert charter is not None
        charter.published_at = now
        program.enrolment_opened_at = now
    elif action == "start":
        program.started_at = now
    elif action == "close":
        program.closed_at = now
        for hook in _close_hooks.values():
            await hook(session, program)
    else:
        program.archived_at = now
    program.status = target
    await session.flush()
    await record_audit(session, actor, "program.transition", "program", program.id,
                       {"action": action, "from": source.value, "to": target.value})
    return program
