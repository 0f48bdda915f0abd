"""Argon2id password hashing, run off the event loop, with sign-in work independent of
whether an e-mail exists and of how many organisations share it.

A password set for an e-mail is hashed with a salt derived from that e-mail (keyed by the
instance's secret), so every account of one e-mail shares salt and parameters: a sign-in
computes Argon2 once and compares the result with each account's hash in constant time.
An unknown e-mail costs the same single computation. Hashes from before (random salts)
still verify, one computation each, and are rehashed at the next successful sign-in.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import anyio.to_thread
from argon2 import PasswordHasher, Type, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.low_level import hash_secret_raw

from constel_api.config import Settings

SALT_BYTES = 16
HASH_BYTES = 32
# Verified against when no account matches, so response time does not reveal
# whether an email exists.
_DUMMY_PASSWORD = "not-a-real-password"  # noqa: S105


@lru_cache(maxsize=4)
def _hasher(time_cost: int, memory_kib: int, parallelism: int) -> PasswordHasher:
    return PasswordHasher(
        time_cost=time_cost,
        memory_cost=memory_kib,
        parallelism=parallelism,
        hash_len=HASH_BYTES,
        salt_len=SALT_BYTES,
    )


@lru_cache(maxsize=4)
def _dummy_hash(time_cost: int, memory_kib: int, parallelism: int) -> str:
    return _hasher(time_cost, memory_kib, parallelism).hash(_DUMMY_PASSWORD)


def hasher_for(settings: Settings) -> PasswordHasher:
    return _hasher(
        settings.argon2_time_cost, settings.argon2_memory_kib, settings.argon2_parallelism
    )


def email_salt(settings: Settings, email: str) -> bytes:
    """The salt of every password set for ``email`` (already normalised) on this instance."""
    key = hmac.new(
        settings.jwt_secret.get_secret_value().encode(), b"constel-password-salt", hashlib.sha256
    ).digest()
    return hmac.new(key, email.encode(), hashlib.sha256).digest()[:SALT_BYTES]


async def hash_password(settings: Settings, password: str, *, email: str | None = None) -> str:
    """Hash ``password``; give the account's normalised ``email`` so sign-in stays one
    Argon2 computation however many organisations share it (random salt otherwise)."""
    salt = email_salt(settings, email) if email is not None else None
    hasher = hasher_for(settings)
    return await anyio.to_thread.run_sync(lambda: hasher.hash(password, salt=salt))


def _verify(hasher: PasswordHasher, password_hash: str, password: str) -> bool:
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


async def verify_password(settings: Settings, password_hash: str | None, password: str) -> bool:
    """Constant-work check: an absent hash is verified against a dummy one."""
    hasher = hasher_for(settings)
    if password_hash is None:
        dummy = _dummy_hash(
            settings.argon2_time_cost, settings.argon2_memory_kib, settings.argon2_parallelism
        )
        await anyio.to_thread.run_sync(_verify, hasher, dummy, password)
        return False
    return await anyio.to_thread.run_sync(_verify, hasher, password_hash, password)


@dataclass(frozen=True)
class _Parsed:
    """What one Argon2 computation needs, and the digest it must reproduce."""

    key: tuple[int, int, int, int, int, bytes]  # type, version, t, m, p, salt
    digest: bytes


def _b64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def _parse(password_hash: str) -> _Parsed | None:
    try:
        params = extract_parameters(password_hash)
        salt_text, digest_text = password_hash.rsplit("$", 2)[1:]
        salt, digest = _b64(salt_text), _b64(digest_text)
    except (InvalidHashError, ValueError, binascii.Error):
        return None
    key = (
        params.type.value,
        params.version,
        params.time_cost,
        params.memory_cost,
        params.parallelism,
        salt,
    )
    return _Parsed(key=key, digest=digest)


def _compute(key: tuple[int, int, int, int, int, bytes], password: str, length: int) -> bytes:
    type_, version, time_cost, memory_cost, parallelism, salt = key
    return hash_secret_raw(
        password.encode(),
        salt,
        time_cost=time_cost,
        memory_cost=memory_cost,
        parallelism=parallelism,
        hash_len=length,
        type=Type(type_),
        version=version,
    )


def _first_match(
    settings: Settings, email: str, password_hashes: Sequence[str], password: str
) -> int | None:
    parsed = [_parse(h) for h in password_hashes]
    groups: dict[tuple[int, int, int, int, int, bytes], list[int]] = {}
    for index, item in enumerate(parsed):
        if item is not None:
            groups.setdefault(item.key, []).append(index)
    if not groups:
        # No account (or none with a usable hash): the same one computation as for one.
        dummy = (
            Type.ID.value,
            19,
            settings.argon2_time_cost,
            settings.argon2_memory_kib,
            settings.argon2_parallelism,
            email_salt(settings, email),
        )
        _compute(dummy, password, HASH_BYTES)
        return None
    match: int | None = None
    for key, indexes in groups.items():
        lengths = {len(parsed[i].digest) for i in indexes}  # type: ignore[union-attr]
        computed = {n: _compute(key, password, n) for n in lengths}
        for i in indexes:
            digest = parsed[i].digest  # type: ignore[union-attr]
            # Every candidate is compared, so the time does not depend on which matched.
            if hmac.compare_digest(computed[len(digest)], digest) and match is None:
                match = i
    return match


async def first_match(
    settings: Settings, email: str, password_hashes: Sequence[str], password: str
) -> int | None:
    """Index of the first hash ``password`` matches, with one Argon2 computation per
    distinct (parameters, salt) among them, and exactly one when there are none."""
    return await anyio.to_thread.run_sync(_first_match, settings, email, password_hashes, password)


def needs_rehash(settings: Settings, password_hash: str, *, email: str | None = None) -> bool:
    """Parameters changed, or (given ``email``) the salt is not the e-mail's."""
    if hasher_for(settings).check_needs_rehash(password_hash):
        return True
    if email is None:
        return False
    parsed = _parse(password_hash)
    return parsed is None or parsed.key[5] != email_salt(settings, email)
