"""The programs domain's routes, as one router for ``main.ROUTERS``."""

from __future__ import annotations

from fastapi import APIRouter

from constel_api.programs.routers import charter, events, participants, programs, questionnaire

router = APIRouter()
for sub in (programs.router, charter.router, questionnaire.router, participants.router,
            events.router):
    router.include_router(sub)
