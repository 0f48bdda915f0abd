"""A development-only SMTP catch-all on loopback: every message lands in ``var/mail/``
(``.eml`` as received, ``.txt`` its headers and plain text, to read).

``make run`` points the worker at it so a newcomer sees what would be sent; it never
relays anything anywhere.
"""

from __future__ import annotations

import email
import email.policy
import time
import uuid
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope


class MaildirHandler:
    """Writes each accepted message to ``<directory>/<timestamp>-<id>.eml``."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        stem = f"{time.time_ns()}-{uuid.uuid4().hex[:8]}"
        (self.directory / f"{stem}.eml").write_bytes(content)
        (self.directory / f"{stem}.txt").write_text(readable(content), encoding="utf-8")
        return "250 Message accepted for delivery"


def readable(content: bytes) -> str:
    """The headers a person reads and the plain-text part, decoded."""
    message = email.message_from_bytes(content, policy=email.policy.default)
    lines = [f"{h}: {message[h]}" for h in ("From", "To", "Subject", "List-Unsubscribe")
             if message[h] is not None]
    body = message.get_body(("plain",)) if isinstance(message, EmailMessage) else None
    text = body.get_content() if body is not None else ""
    return "\n".join(lines) + "\n\n" + str(text)


def start_sink(directory: Path, host: str = "127.0.0.1", port: int = 8025) -> Controller:
    """Start the catch-all in a background thread; call ``.stop()`` to end it."""
    if host not in ("127.0.0.1", "::1", "localhost"):
        raise ValueError("the mail sink only listens on loopback")
    controller = Controller(MaildirHandler(directory), hostname=host, port=port)
    controller.start()
    return controller
