"""Liveness and readiness probes.

Their bodies are deliberately plain JSON (not problem+json), the shape load balancers and
orchestrators expect: ``{"status": "ok"}`` with 200, or ``{"status": "unavailable"}``
with 503 from ``/readyz`` while the database does not answer.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import text

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: Literal["ok", "unavailable"] = Field(
        description="`ok`: serving; `unavailable` (readiness only): the database does not answer."
    )


@router.get(
    "/healthz",
    operation_id="healthz",
    response_model=Health,
    responses={200: {"description": 'Always `{"status": "ok"}` while the process runs.'}},
)
async def healthz() -> Health:
    """Liveness: the process is up (no dependency is checked)."""
    return Health(status="ok")


@router.get(
    "/readyz",
    operation_id="readyz",
    response_model=Health,
    responses={
        200: {"description": '`{"status": "ok"}`: the database answers.'},
        503: {
            "model": Health,
            "description": '`{"status": "unavailable"}`: the database does not answer; '
            "plain JSON, not problem+json, as probes expect.",
        },
    },
)
async def readyz(request: Request) -> Health | JSONResponse:
    """Readiness: the database answers; load balancers send traffic only then."""
    try:
        async with request.app.state.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except Exception:
        return JSONResponse({"status": "unavailable"}, status_code=503)
    return Health(status="ok")
