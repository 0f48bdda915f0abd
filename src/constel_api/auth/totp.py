"""TOTP second factor (RFC 6238) with replay protection."""

from __future__ import annotations

from datetime import datetime

import pyotp

from constel_api.models import Person

ISSUER = "Constel"
VALID_WINDOW = 1  # one 30 s step either side, for clock drift


def new_secret() -> str:
    return str(pyotp.random_base32())


def provisioning_uri(secret: str, email: str) -> str:
    return str(pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=ISSUER))


def matching_counter(secret: str, code: str, now: datetime) -> int | None:
    """The time step the code belongs to, or None; callers refuse a step already used."""
    code = code.strip().replace(" ", "")
    if not (code.isdigit() and len(code) == 6):
        return None
    totp = pyotp.TOTP(secret)
    step = int(now.timestamp()) // totp.interval
    for offset in range(-VALID_WINDOW, VALID_WINDOW + 1):
        counter = step + offset
        if pyotp.utils.strings_equal(totp.generate_otp(counter), code):
            return counter
    return None


def accept_fresh(person: Person, code: str, now: datetime) -> bool:
    """Whether ``code`` is the person's current code and newer than the last one used;
    when it is, it becomes the last one used (no replay)."""
    if person.totp_secret is None:
        return False
    counter = matching_counter(person.totp_secret, code, now)
    if counter is None or (
        person.totp_last_counter is not None and counter <= person.totp_last_counter
    ):
        return False
    person.totp_last_counter = counter
    return True
