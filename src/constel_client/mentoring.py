"""Typed calls of the mentoring metadata routes (lifecycle, séances, objectives, action
items, introductions, feedback, calendar).

Nothing here is content: wording, places, reports and messages are vault records written
with :class:`constel_client.participant.Participant`, whose ``subject_id`` is the id of
the séance, objective, item or feedback returned here.
"""

from __future__ import annotations

from typing import Any

import httpx

from .api import _raise_for_problem

MENTORSHIPS = "/api/v1/mentorships"
Json = dict[str, Any]


class MentoringApi:
    """One signed-in person's calls; raises :class:`constel_client.api.ApiError`."""

    def __init__(self, http: httpx.AsyncClient, token: str) -> None:
        self.http = http
        self.headers = {"Authorization": f"Bearer {token}"}

    async def _json(self, method: str, path: str, body: Json | None = None,
                    params: Json | None = None) -> Any:
        response = await self.http.request(method, path, json=body, params=params,
                                           headers=self.headers)
        _raise_for_problem(response)
        return response.json() if response.content else None

    # --- mentorships ------------------------------------------------------------------

    async def mentorships(self, status: str | None = None) -> list[Json]:
        params = {"status": status} if status else None
        page: Json = await self._json("GET", MENTORSHIPS, params=params)
        return list(page["items"])

    async def mentorship(self, pair_id: str) -> Json:
        data: Json = await self._json("GET", f"{MENTORSHIPS}/{pair_id}")
        return data

    async def transitions(self, pair_id: str) -> list[Json]:
        return list(await self._json("GET", f"{MENTORSHIPS}/{pair_id}/transitions"))

    async def _act(self, pair_id: str, action: str, body: Json | None = None) -> Json:
        data: Json = await self._json("POST", f"{MENTORSHIPS}/{pair_id}/{action}", body or {})
        return data

    async def accept(self, pair_id: str) -> Json:
        return await self._act(pair_id, "accept")

    async def refuse(self, pair_id: str) -> Json:
        return await self._act(pair_id, "refuse")

    async def sign_charter(self, pair_id: str, charter_version: int) -> Json:
        return await self._act(pair_id, "charter-signature", {"charter_version": charter_version})

    async def confirm_first_meeting(self, pair_id: str) -> Json:
        return await self._act(pair_id, "first-meeting")

    async def withdraw(self, pair_id: str, reason: str, message_record_id: str | None = None
                       ) -> Json:
        body: Json = {"reason": reason}
        if message_record_id is not None:
            body["message_record_id"] = message_record_id
        return await self._act(pair_id, "withdraw", body)

    async def decline_replacement(self, pair_id: str) -> Json:
        return await self._act(pair_id, "replacement/decline")

    async def complete(self, pair_id: str) -> Json:
        return await self._act(pair_id, "complete")

    # --- séances --------------------------------------------------------------------------

    async def schedule_session(self, pair_id: str, starts_at: str, duration_minutes: int,
                               mode: str) -> Json:
        data: Json = await self._json("POST", f"{MENTORSHIPS}/{pair_id}/sessions", {
            "starts_at": starts_at, "duration_minutes": duration_minutes, "mode": mode})
        return data

    async def sessions(self, pair_id: str) -> list[Json]:
        page: Json = await self._json("GET", f"{MENTORSHIPS}/{pair_id}/sessions")
        return list(page["items"])

    async def session_action(self, pair_id: str, session_id: str, action: str, version: int,
                             **extra: Any) -> Json:
        data: Json = await self._json(
            "POST", f"{MENTORSHIPS}/{pair_id}/sessions/{session_id}/{action}",
            {"version": version, **extra})
        return data

    # --- objectives, action items, introductions, feedback ---------------------------------

    async def create(self, pair_id: str, collection: str, body: Json | None = None) -> Json:
        """``collection``: objectives, action-items, introductions or feedback."""
        data: Json = await self._json("POST", f"{MENTORSHIPS}/{pair_id}/{collection}", body or {})
        return data

    async def update(self, pair_id: str, collection: str, item_id: str, body: Json) -> Json:
        data: Json = await self._json("PATCH", f"{MENTORSHIPS}/{pair_id}/{collection}/{item_id}",
                                      body)
        return data

    async def items(self, pair_id: str, collection: str) -> list[Json]:
        page: Json = await self._json("GET", f"{MENTORSHIPS}/{pair_id}/{collection}")
        return list(page["items"])

    # --- calendar -----------------------------------------------------------------------------

    async def create_calendar_feed(self) -> str:
        data: Json = await self._json("POST", "/api/v1/calendar/feed")
        return str(data["url"])
