"""``/api/v1/pairs/{pair_id}/messages``: a mentorship's end-to-end encrypted conversation.

Members of the pair only: admins, machine clients and anyone else get 404.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from constel_api.auth.dependencies import PersonPrincipal, PrincipalDep, for_people_only
from constel_api.db import SessionDep
from constel_api.errors import NotFound, problem_responses
from constel_api.messages import service
from constel_api.messages.schemas import (
    MAX_SEQ,
    MessageChanges,
    MessageRead,
    ReadPosition,
    ReadStateRead,
)
from constel_api.models import Person, Role
from constel_api.vault.schemas import FieldCipherRead, RecordRead, RecordWrite

router = APIRouter(prefix="/api/v1/pairs/{pair_id}/messages", tags=["messages"])


@for_people_only
async def conversation_member(principal: PrincipalDep) -> Person:
    """People with the member role; the pair check follows in the service."""
    if not isinstance(principal, PersonPrincipal) or not principal.person.has_role(Role.MEMBER):
        raise NotFound()
    return principal.person


Member = Annotated[Person, Depends(conversation_member)]
ERRORS = problem_responses(401, 404, 422)
WRITE_ERRORS = problem_responses(401, 403, 404, 409, 413, 422)


def _read(message: service.Message) -> MessageRead:
    r = message.record
    return MessageRead(
        seq=message.meta.seq, changed_seq=message.meta.changed_seq,
        record=RecordRead(
            record_id=r.id, record_type=r.record_type, pair_id=r.pair_id,
            record_version=r.record_version, author_id=r.author_id,
            author_key_version=r.author_key_version, epoch=r.epoch, parent_id=r.parent_id,
            subject_id=r.subject_id, format=r.format, created_at=r.created_at,
            updated_at=r.updated_at, deleted_at=r.deleted_at,
            fields={
                f.field: FieldCipherRead(ct=f.ct, wdek=f.wdek, sig=f.sig)
                for f in message.fields
            },
        ),
    )


def _state(state: service.ReadState) -> ReadStateRead:
    return ReadStateRead(
        last_read_seq=state.last_read_seq, last_seq=state.last_seq, unread=state.unread
    )


@router.post(
    "", operation_id="sendPairMessage", response_model=MessageRead,
    status_code=status.HTTP_201_CREATED, responses=WRITE_ERRORS,
)
async def send_message(
    pair_id: uuid.UUID, body: RecordWrite, me: Member, session: SessionDep
) -> MessageRead:
    """Send a message (a reply with ``parent_id``); 409 ``conversation_closed`` once the
    mentorship ended, 413 ``message_too_large`` above 64 KiB of text."""
    return _read(await service.send(session, me, pair_id, body))


@router.get(
    "", operation_id="listPairMessages", response_model=MessageChanges, responses=ERRORS,
)
async def list_messages(
    pair_id: uuid.UUID,
    me: Member,
    session: SessionDep,
    after: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 100,
) -> MessageChanges:
    """What happened after the cursor ``after``: new messages, edits and deletions."""
    changes = await service.since(session, me, pair_id, after, limit)
    return MessageChanges(
        items=[_read(m) for m in changes.items], cursor=changes.cursor,
        has_more=changes.has_more,
    )


@router.get(
    "/read", operation_id="getPairMessagesReadState", response_model=ReadStateRead,
    responses=ERRORS,
)
async def get_read_state(pair_id: uuid.UUID, me: Member, session: SessionDep) -> ReadStateRead:
    """My read position and how many messages of my partner I have not read."""
    return _state(await service.read_state(session, me, pair_id))


@router.put(
    "/read", operation_id="setPairMessagesReadState", response_model=ReadStateRead,
    responses=ERRORS,
)
async def set_read_state(
    pair_id: uuid.UUID, body: ReadPosition, me: Member, session: SessionDep
) -> ReadStateRead:
    """I have read up to message ``seq`` (the position never moves back)."""
    return _state(await service.mark_read(session, me, pair_id, body.seq))


@router.put(
    "/{record_id}", operation_id="editPairMessage", response_model=MessageRead,
    responses=WRITE_ERRORS,
)
async def edit_message(
    pair_id: uuid.UUID, record_id: uuid.UUID, body: RecordWrite, me: Member,
    session: SessionDep,
) -> MessageRead:
    """The author's next version, within 15 minutes (409 ``edit_window_closed``)."""
    return _read(await service.edit(session, me, pair_id, record_id, body))


@router.delete(
    "/{record_id}", operation_id="deletePairMessage",
    status_code=status.HTTP_204_NO_CONTENT, responses=WRITE_ERRORS,
)
async def delete_message(
    pair_id: uuid.UUID, record_id: uuid.UUID, me: Member, session: SessionDep
) -> Response:
    """The author deletes a message: its ciphertext goes, a tombstone stays."""
    await service.delete(session, me, pair_id, record_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
