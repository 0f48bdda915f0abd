"""Account key ``UK``: wraps the private keys; wrapped itself by passphrase and recovery key.

The vault passphrase is not the login password and never reaches the server. Changing
it re-wraps ``UK`` only. Losing both passphrase and recovery key loses the keys (no escrow).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .encoding import b64d, b64e, canonical_id, enc
from .errors import EncodingError
from .identity import (
    Identity,
    PublicBundle,
    _int,
    _str,
    check_wire_version,
    create_identity,
    rotate_identity,
    unwrap_identity,
    wrap_identity,
)
from .primitives import (
    KEY_BYTES,
    MIB,
    PRODUCTION_FLOOR,
    SALT_BYTES,
    KdfFloor,
    KdfParams,
    argon2id,
    kdf,
    open_sealed,
    random_bytes,
    seal,
)
from .recovery import format_recovery_key, parse_recovery_key


@dataclass(frozen=True)
class KeyMaterial:
    """What the server stores for a person (only that person may read it)."""

    user_id: str
    key_version: int
    kdf: KdfParams
    wrapped_uk_pw: bytes
    wrapped_uk_rk: bytes
    wrapped_keys: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "user_id": self.user_id,
            "key_version": self.key_version,
            "kdf": self.kdf.to_json(),
            "wrapped_uk_pw": b64e(self.wrapped_uk_pw),
            "wrapped_uk_rk": b64e(self.wrapped_uk_rk),
            "wrapped_keys": b64e(self.wrapped_keys),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyMaterial:
        check_wire_version(data)
        params = data.get("kdf")
        if not isinstance(params, dict):
            raise EncodingError("kdf must be an object")
        return cls(
            user_id=canonical_id(_str(data, "user_id")),
            key_version=_int(data, "key_version", 1),
            kdf=KdfParams.from_json(params),
            wrapped_uk_pw=b64d(_str(data, "wrapped_uk_pw")),
            wrapped_uk_rk=b64d(_str(data, "wrapped_uk_rk")),
            wrapped_keys=b64d(_str(data, "wrapped_keys")),
        )


@dataclass(frozen=True)
class Unlocked:
    uk: bytes
    identity: Identity


@dataclass(frozen=True)
class NewAccount:
    identity: Identity
    uk: bytes
    material: KeyMaterial
    bundle: PublicBundle
    recovery_key: str  # display form; show once, never store


def _uk_ad(user_id: str, method: str) -> bytes:
    return enc("uk-wrap", user_id, method)


def kek_from_passphrase(
    passphrase: str, params: KdfParams, floor: KdfFloor = PRODUCTION_FLOOR
) -> bytes:
    return kdf(argon2id(passphrase, params, floor), 1, "cnstlkek")


def wrap_uk_passphrase(
    uk: bytes, user_id: str, passphrase: str, params: KdfParams, floor: KdfFloor = PRODUCTION_FLOOR
) -> bytes:
    return seal(kek_from_passphrase(passphrase, params, floor), uk, _uk_ad(user_id, "passphrase"))


def wrap_uk_recovery(uk: bytes, user_id: str, recovery_key: bytes) -> bytes:
    return seal(kdf(recovery_key, 1, "cnstlrec"), uk, _uk_ad(user_id, "recovery"))


def new_kdf_params(ops: int = 3, mem: int = 64 * MIB) -> KdfParams:
    return KdfParams(salt=random_bytes(SALT_BYTES), ops=ops, mem=mem)


def create_account(
    user_id: str,
    passphrase: str,
    *,
    key_version: int = 1,
    ops: int = 3,
    mem: int = 64 * MIB,
    floor: KdfFloor = PRODUCTION_FLOOR,
    identity: Identity | None = None,
) -> NewAccount:
    """New UK, identity, passphrase wrap and recovery key (also used after losing both secrets,
    with ``key_version`` = old + 1: the bundle then has no ``prev_sig`` and peers see a change)."""
    user_id = canonical_id(user_id)
    ident = identity or create_identity(user_id, key_version)
    uk, rk = random_bytes(KEY_BYTES), random_bytes(KEY_BYTES)
    params = new_kdf_params(ops, mem)
    material = KeyMaterial(
        user_id=user_id,
        key_version=ident.key_version,
        kdf=params,
        wrapped_uk_pw=wrap_uk_passphrase(uk, user_id, passphrase, params, floor),
        wrapped_uk_rk=wrap_uk_recovery(uk, user_id, rk),
        wrapped_keys=wrap_identity(uk, ident),
    )
    return NewAccount(ident, uk, material, ident.bundle(), format_recovery_key(rk))


def _unlock(material: KeyMaterial, uk_key: bytes, method: str) -> Unlocked:
    uk = open_sealed(
        uk_key,
        material.wrapped_uk_pw if method == "passphrase" else material.wrapped_uk_rk,
        _uk_ad(material.user_id, method),
    )
    if len(uk) != KEY_BYTES:
        raise EncodingError("account key has the wrong length")
    return Unlocked(
        uk, unwrap_identity(uk, material.user_id, material.key_version, material.wrapped_keys)
    )


def unlock_with_passphrase(
    material: KeyMaterial, passphrase: str, floor: KdfFloor = PRODUCTION_FLOOR
) -> Unlocked:
    """Refuses server parameters below ``floor`` before running Argon2id."""
    return _unlock(material, kek_from_passphrase(passphrase, material.kdf, floor), "passphrase")


def unlock_with_recovery_key(material: KeyMaterial, recovery_key: str) -> Unlocked:
    return _unlock(material, kdf(parse_recovery_key(recovery_key), 1, "cnstlrec"), "recovery")


def change_passphrase(
    material: KeyMaterial,
    uk: bytes,
    new_passphrase: str,
    *,
    ops: int = 3,
    mem: int = 64 * MIB,
    floor: KdfFloor = PRODUCTION_FLOOR,
) -> KeyMaterial:
    """Re-wrap UK only (fresh salt); private keys and recovery wrap are untouched."""
    params = new_kdf_params(ops, mem)
    return KeyMaterial(
        material.user_id,
        material.key_version,
        params,
        wrap_uk_passphrase(uk, material.user_id, new_passphrase, params, floor),
        material.wrapped_uk_rk,
        material.wrapped_keys,
    )


def new_recovery_key(material: KeyMaterial, uk: bytes) -> tuple[KeyMaterial, str]:
    """Replace the recovery key (e.g. after using it); returns the new display form."""
    rk = random_bytes(KEY_BYTES)
    updated = KeyMaterial(
        material.user_id,
        material.key_version,
        material.kdf,
        material.wrapped_uk_pw,
        wrap_uk_recovery(uk, material.user_id, rk),
        material.wrapped_keys,
    )
    return updated, format_recovery_key(rk)


def rotate_account_identity(
    material: KeyMaterial, unlocked: Unlocked
) -> tuple[Identity, PublicBundle, KeyMaterial]:
    """New key version signed by the old key; the new private keys are wrapped under the same UK."""
    new, bundle = rotate_identity(unlocked.identity)
    updated = KeyMaterial(
        material.user_id,
        new.key_version,
        material.kdf,
        material.wrapped_uk_pw,
        material.wrapped_uk_rk,
        wrap_identity(unlocked.uk, new),
    )
    return new, bundle, updated
