"""Request and response bodies of the conversation routes."""

from __future__ import annotations

from pydantic import Field

from constel_api.core.schemas import RequestModel, ResponseModel
from constel_api.vault.schemas import RecordRead

MAX_SEQ = 2**62


class MessageRead(ResponseModel):
    seq: int = Field(description="the message's place in the pair's order (read positions)")
    changed_seq: int = Field(description="its last change (new, edited or deleted): a cursor")
    record: RecordRead = Field(description="the encrypted `message` record; no fields once "
                               "deleted")


class MessageChanges(ResponseModel):
    items: list[MessageRead]
    cursor: int = Field(description="pass it as `after` to get what happened next")
    has_more: bool


class ReadPosition(RequestModel):
    seq: int = Field(ge=0, le=MAX_SEQ, description="the `seq` of the last message read")


class ReadStateRead(ResponseModel):
    last_read_seq: int
    last_seq: int = Field(description="the newest message's `seq` in the pair (0: none)")
    unread: int = Field(description="messages of the others after `last_read_seq`, not deleted")
