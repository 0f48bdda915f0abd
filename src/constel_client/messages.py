"""A pair's conversation: messages sealed like every record, sent through their own routes.

    chat = Conversation(participant, pair_id)
    sent = await chat.send("Can we move Thursday's session?")
    await chat.send("Yes, Friday 10:00", reply_to=sent.message_id)   # from the partner
    new = await chat.catch_up()        # everything since the last cursor, opened and checked
    await chat.mark_read()

Each message is a 1.1 record of type ``message`` (field ``body``; a reply's ``parent_id``
is bound in the AAD). The server only orders them: ``catch_up`` brings new messages,
edits and tombstones after the cursor this object keeps (store it to resume later).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .api import StoredRecord
from .participant import Participant

MESSAGE = "message"
MAX_MESSAGE_BYTES = 64 * 1024  # of UTF-8 text; the server refuses more with 413


class MessageTooLarge(ValueError):
    """More than 64 KiB of text: refused before anything is sent."""


@dataclass(frozen=True)
class ChatMessage:
    """A message after its signature and links were checked (``text`` None once deleted)."""

    message_id: str
    seq: int
    changed_seq: int
    author_id: str
    parent_id: str | None
    version: int
    text: str | None
    created_at: str

    @property
    def deleted(self) -> bool:
        return self.text is None


@dataclass(frozen=True)
class ReadState:
    last_read_seq: int
    last_seq: int
    unread: int


def _encode(text: str) -> bytes:
    data = text.encode("utf-8")
    if len(data) > MAX_MESSAGE_BYTES:
        raise MessageTooLarge(f"{len(data)} bytes of text; a message holds {MAX_MESSAGE_BYTES}")
    return data


class Conversation:
    """One member's view of one pair's conversation."""

    def __init__(self, participant: Participant, pair_id: str, cursor: int = 0) -> None:
        self.me = participant
        self.pair_id = pair_id
        self.cursor = cursor
        self.path = f"/api/v1/pairs/{pair_id}/messages"

    async def _open(self, data: dict[str, Any]) -> ChatMessage:
        opened = await self.me.open_stored(StoredRecord.from_json(data["record"]))
        if opened.record_type != MESSAGE or opened.pair_id != self.pair_id:
            raise ValueError("the server answered with something else than this pair's message")
        return ChatMessage(
            message_id=opened.record_id, seq=int(data["seq"]),
            changed_seq=int(data["changed_seq"]), author_id=opened.author_id,
            parent_id=opened.parent_id, version=opened.record_version,
            text=None if opened.deleted else opened.text("body"),
            created_at=str(data["record"]["created_at"]),
        )

    async def send(self, text: str, *, reply_to: str | None = None) -> ChatMessage:
        """Seal and send; ``reply_to`` is the id of the message answered."""
        payload = await self.me.sealed_payload(
            self.pair_id, MESSAGE, {"body": _encode(text)}, parent_id=reply_to
        )
        response = await self.me.api.request("POST", self.path, json=payload)
        return await self._open(response.json())

    async def edit(self, message: ChatMessage, text: str) -> ChatMessage:
        """My next version of ``message`` (the server allows 15 minutes)."""
        payload = await self.me.sealed_payload(
            self.pair_id, MESSAGE, {"body": _encode(text)}, record_id=message.message_id,
            record_version=message.version + 1, parent_id=message.parent_id,
        )
        response = await self.me.api.request(
            "PUT", f"{self.path}/{message.message_id}", json=payload
        )
        return await self._open(response.json())

    async def delete(self, message_id: str) -> None:
        await self.me.api.request("DELETE", f"{self.path}/{message_id}")

    async def catch_up(self, *, page_size: int = 100) -> list[ChatMessage]:
        """Every change after my cursor, oldest first, each opened and checked; the cursor
        moves past them (a message edited twice comes once, as its latest version)."""
        out: list[ChatMessage] = []
        while True:
            response = await self.me.api.request(
                "GET", self.path, params={"after": self.cursor, "limit": page_size}
            )
            data = response.json()
            for item in data["items"]:
                out.append(await self._open(item))
            self.cursor = int(data["cursor"])
            if not data["has_more"]:
                return out

    async def read_state(self) -> ReadState:
        data = (await self.me.api.request("GET", f"{self.path}/read")).json()
        return ReadState(int(data["last_read_seq"]), int(data["last_seq"]), int(data["unread"]))

    async def mark_read(self, seq: int | None = None) -> ReadState:
        """Read up to ``seq`` (default: the newest message of the pair)."""
        if seq is None:
            seq = (await self.read_state()).last_seq
        data = (
            await self.me.api.request("PUT", f"{self.path}/read", json={"seq": seq})
        ).json()
        return ReadState(int(data["last_read_seq"]), int(data["last_seq"]), int(data["unread"]))
