"""What the pair relies on, inside the payload (protocol 1.1): a session report carries
its session's id and start, an objective or action item its status. The server keeps the
same facts in clear metadata, which it could change; these helpers write them into the
ciphertext and tell which clear values disagree with what the author wrote.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # records imports this module to write reports
    from .records import OpenedRecord

SESSION_FIELD = "session"
UNVERIFIED = "unverified"  # a 1.0 record: its links and clear metadata are not signed


def session_fields(
    session_id: str, starts_at: str, body: str, next_steps: str = ""
) -> dict[str, bytes]:
    """The fields of a session report: text plus ``{"session_id", "starts_at"}``."""
    session = json.dumps({"session_id": session_id, "starts_at": starts_at},
                         separators=(",", ":"))
    return {"body": body.encode(), "next_steps": next_steps.encode(),
            SESSION_FIELD: session.encode()}


def _instant(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def session_report_mismatches(report: OpenedRecord, session: Mapping[str, Any]) -> list[str]:
    """Names of the clear facts of ``session`` (as the API returns it: ``id``,
    ``starts_at``) that the report's author did not write; empty when all agree."""
    if report.format < 2:
        return [UNVERIFIED]
    raw = report.fields.get(SESSION_FIELD)
    try:
        written = json.loads(raw) if raw is not None else None
    except ValueError:
        written = None
    if not isinstance(written, dict):
        return ["session_id", "starts_at"]
    out = []
    if written.get("session_id") != str(session.get("id")) or report.subject_id != str(
        session.get("id")
    ):
        out.append("session_id")
    clear, mine = _instant(session.get("starts_at")), _instant(written.get("starts_at"))
    if clear is None or mine is None or clear != mine:
        out.append("starts_at")
    return out


def status_mismatches(record: OpenedRecord, item: Mapping[str, Any]) -> list[str]:
    """For an objective or action item: ``status`` when the clear status differs from the
    one written in the payload (``id`` too when the record is linked to another item)."""
    if record.format < 2:
        return [UNVERIFIED]
    out = []
    if record.subject_id is not None and record.subject_id != str(item.get("id")):
        out.append("id")
    written = record.fields.get("status")
    if written is None or written.decode("utf-8", "replace") != item.get("status"):
        out.append("status")
    return out
