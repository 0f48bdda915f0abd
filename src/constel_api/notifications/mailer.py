"""Build and send e-mails over SMTP (aiosmtplib); the unsubscribe link of reminders."""

from __future__ import annotations

import base64
import hashlib
import hmac
import uuid
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

import aiosmtplib

from constel_api.config import Settings
from constel_api.notifications.render import Rendered

UNSUBSCRIBE_PATH = "/api/v1/notifications/unsubscribe"


def _unsubscribe_key(settings: Settings) -> bytes:
    secret = settings.jwt_secret.get_secret_value().encode()
    return hmac.new(secret, b"constel-unsubscribe-v1", hashlib.sha256).digest()


def unsubscribe_signature(settings: Settings, person_id: uuid.UUID) -> str:
    digest = hmac.new(_unsubscribe_key(settings), person_id.bytes, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:18]).decode()


def check_unsubscribe(settings: Settings, person_id: uuid.UUID, signature: str) -> bool:
    return hmac.compare_digest(unsubscribe_signature(settings, person_id), signature)


def unsubscribe_url(settings: Settings, person_id: uuid.UUID) -> str:
    signature = unsubscribe_signature(settings, person_id)
    return f"{settings.public_url.rstrip('/')}{UNSUBSCRIBE_PATH}?p={person_id}&s={signature}"


def build_message(settings: Settings, *, to: str, to_name: str, rendered: Rendered,
                  unsubscribe: str | None, reference: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = formataddr((to_name, to))
    message["Subject"] = rendered.subject
    message["Message-ID"] = make_msgid(idstring=reference[:32], domain="constel.invalid")
    message["Auto-Submitted"] = "auto-generated"
    if unsubscribe:
        # RFC 8058 one-click: mail clients POST "List-Unsubscribe=One-Click" to this URL.
        message["List-Unsubscribe"] = f"<{unsubscribe}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    return message


async def send(settings: Settings, message: EmailMessage) -> None:
    password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
    await aiosmtplib.send(
        message,
        hostname=settings.smtp_host,
        port=settings.smtp_port,
        start_tls=settings.smtp_starttls,
        use_tls=settings.smtp_tls,
        username=settings.smtp_username,
        password=password,
        timeout=settings.smtp_timeout_seconds,
    )


def error_label(exc: BaseException) -> str:
    """What the operator sees of a failure: the class and SMTP code, never a message."""
    code = getattr(exc, "code", None)
    label = type(exc).__name__ + (f" {code}" if isinstance(code, int) else "")
    return label[:120]
