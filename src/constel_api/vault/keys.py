"""Key material and public bundles: one person's keys, before any pair is involved.

Each person stores their private keys wrapped (by passphrase and by recovery key) and
publishes signed public keys that peers fetch. The server checks the signatures with the
public keys it holds; it never sees a key that decrypts anything.
"""

from __future__ import annotations

import uuid

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.errors import Conflict, NotFound, Unprocessable
from constel_api.models import (
    Person,
    VaultAccount,
    VaultBundle,
)
from constel_api.vault import repository as repo
from constel_api.vault.schemas import (
    IdentityPublish,
    KeyMaterialWrite,
)
from constel_api.vault.validation import enc, signature_ok


async def my_vault(session: AsyncSession, me: Person) -> tuple[VaultAccount, VaultBundle]:
    account = await repo.get_account(session, me.organisation_id, me.id)
    bundle = await repo.get_bundle(session, me.organisation_id, me.id)
    if account is None or bundle is None:
        raise NotFound("You have not set up your vault yet.", code="vault_not_set_up")
    return account, bundle


def _apply_material(account: VaultAccount, material: KeyMaterialWrite) -> None:
    account.key_version = material.key_version
    account.kdf_v = material.kdf.v
    account.kdf_alg = material.kdf.alg
    account.kdf_salt = material.kdf.salt
    account.kdf_ops = material.kdf.ops
    account.kdf_mem = material.kdf.mem
    account.wrapped_uk_pw = material.wrapped_uk_pw
    account.wrapped_uk_rk = material.wrapped_uk_rk
    account.wrapped_keys = material.wrapped_keys


async def publish_identity(
    session: AsyncSession, me: Person, body: IdentityPublish
) -> tuple[VaultAccount, VaultBundle]:
    """Publish key version ``current + 1`` (1 at first) with its wrapped private keys.

    ``self_sig`` must verify; ``prev_sig``, when present, must verify with the current key
    (without it, peers see the key as changed and unverified: a reset after a lost
    passphrase and recovery key).
    """
    bundle, material = body.bundle, body.material
    if bundle.user_id != me.id or material.user_id != me.id:
        raise Unprocessable("Keys can only be published for yourself.", code="user_mismatch")
    if material.key_version != bundle.key_version:
        raise Unprocessable("Key material and bundle versions differ.", code="key_version_mismatch")
    account = await repo.get_account(session, me.organisation_id, me.id, lock=True)
    current = await repo.get_bundle(session, me.organisation_id, me.id)
    expected = current.key_version + 1 if current else 1
    if bundle.key_version != expected:
        raise Conflict(
            f"The next key version is {expected}.", code="key_version_conflict", expected=expected
        )
    user = str(me.id)
    signed = enc("pubkeys", user, bundle.key_version, bundle.x_pk, bundle.ed_pk)
    if not signature_ok(bundle.ed_pk, signed, bundle.self_sig):
        raise Unprocessable(
            "The bundle's self-signature does not verify.", code="bad_self_signature"
        )
    if bundle.prev_sig is not None:
        rotated = enc("key-rotate", user, bundle.key_version, bundle.x_pk, bundle.ed_pk)
        if current is None or not signature_ok(current.ed_pk, rotated, bundle.prev_sig):
            raise Unprocessable(
                "prev_sig does not verify with the current key.", code="bad_prev_signature"
            )
    new_bundle = VaultBundle(
        organisation_id=me.organisation_id,
        person_id=me.id,
        key_version=bundle.key_version,
        x_pk=bundle.x_pk,
        ed_pk=bundle.ed_pk,
        self_sig=bundle.self_sig,
        prev_sig=bundle.prev_sig,
    )
    session.add(new_bundle)
    if account is None:
        account = VaultAccount(organisation_id=me.organisation_id, person_id=me.id)
        session.add(account)
    _apply_material(account, material)
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent publish of the same version
        raise Conflict("The key version was just published.", code="key_version_conflict") from exc
    await record_audit(
        session, me, "vault.identity.publish", "person", me.id,
        {"key_version": bundle.key_version, "linked": bundle.prev_sig is not None},
    )
    await session.refresh(new_bundle)
    await session.refresh(account)
    return account, new_bundle


async def update_key_material(
    session: AsyncSession, me: Person, material: KeyMaterialWrite
) -> VaultAccount:
    """New passphrase wrap or recovery wrap of the same key version (UK re-wrapped only)."""
    if material.user_id != me.id:
        raise Unprocessable("Key material can only be stored for yourself.", code="user_mismatch")
    account = await repo.get_account(session, me.organisation_id, me.id, lock=True)
    if account is None:
        raise NotFound("You have not set up your vault yet.", code="vault_not_set_up")
    if material.key_version != account.key_version:
        raise Conflict(
            "Publish a new identity to change the key version.", code="key_version_conflict",
            expected=account.key_version,
        )
    _apply_material(account, material)
    await session.flush()
    return account


async def bundle_of(
    session: AsyncSession, me: Person, person_id: uuid.UUID, key_version: int | None
) -> VaultBundle:
    """Bundles of yourself and of people you share (or shared) a mentorship with; no listing."""
    if person_id != me.id and not await repo.share_a_mentorship(
        session, me.organisation_id, me.id, person_id
    ):
        raise NotFound("No such bundle.", code="bundle_not_found")
    bundle = await repo.get_bundle(session, me.organisation_id, person_id, key_version)
    if bundle is None:
        raise NotFound("No such bundle.", code="bundle_not_found")
    return bundle


async def current_bundle(session: AsyncSession, me: Person) -> VaultBundle:
    bundle = await repo.get_bundle(session, me.organisation_id, me.id)
    if bundle is None:
        raise Unprocessable("Publish your public keys first.", code="no_identity")
    return bundle
