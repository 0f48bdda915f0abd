"""A development-only SMTP catch-all on loopback: every message lands in ``var/mail/``.

``make run`` points the worker at it so a newcomer sees what would be sent; it never
relays anything anywhere.
"""

from __future__ import annotations

import time
import uuid
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
        name = f"{time.time_ns()}-{uuid.uuid4().hex[:8]}.eml"
        (self.directory / name).write_bytes(content)
        return "250 Message accepted for delivery"


def start_sink(directory: Path, host: str = "127.0.0.1", port: int = 8025) -> Controller:
    """Start the catch-all in a background thread; call ``.stop()`` to end it."""
    if host not in ("127.0.0.1", "::1", "localhost"):
        raise ValueError("the mail sink only listens on loopback")
    controller = Controller(MaildirHandler(directory), hostname=host, port=port)
    controller.start()
    return controller
