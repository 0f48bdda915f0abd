"""Account key, passphrase and recovery-key wraps, parameter floor, identity rotation."""

from __future__ import annotations

import dataclasses

import pytest
from crypto_actors import ALICE, TEST_FLOOR, TEST_MEM, TEST_OPS, NonceLog
from hypothesis import given
from hypothesis import strategies as st

from constel_client.crypto import (
    MIB,
    PRODUCTION_FLOOR,
    BundleStatus,
    KdfParams,
    KeyMaterial,
    NewAccount,
    ParameterFloorError,
    RecoveryKeyError,
    UnknownVersionError,
    VerificationError,
    change_passphrase,
    create_account,
    format_recovery_key,
    new_recovery_key,
    parse_recovery_key,
    rotate_account_identity,
    unlock_with_passphrase,
    unlock_with_recovery_key,
    verify_bundle,
)
from constel_client.crypto.recovery import ALPHABET


def _account(passphrase: str = "correct horse") -> NewAccount:
    return create_account(ALICE, passphrase, ops=TEST_OPS, mem=TEST_MEM, floor=TEST_FLOOR)


def test_passphrase_unlock_and_wrong_passphrase(nonce_log: NonceLog) -> None:
    acc = _account()
    m = acc.material
    nonce_log.add(m.wrapped_uk_pw, m.wrapped_uk_rk, m.wrapped_keys)
    restored = KeyMaterial.from_json(m.to_json())
    assert restored == m
    unlocked = unlock_with_passphrase(restored, "correct horse", TEST_FLOOR)
    assert unlocked.uk == acc.uk
    assert unlocked.identity == acc.identity
    with pytest.raises(VerificationError):
        unlock_with_passphrase(m, "correct horsE", TEST_FLOOR)


def test_passphrase_is_nfkc_normalized() -> None:
    acc = _account("caf\u00e9 \ufb01")
    assert unlock_with_passphrase(acc.material, "cafe\u0301 fi", TEST_FLOOR).uk == acc.uk


def test_parameters_below_floor_are_refused_whatever_the_server_says() -> None:
    acc = _account()
    # The production floor refuses the low test parameters the "server" returns.
    with pytest.raises(ParameterFloorError):
        unlock_with_passphrase(acc.material, "correct horse", PRODUCTION_FLOOR)
    weak = dataclasses.replace(acc.material, kdf=dataclasses.replace(acc.material.kdf, ops=0))
    with pytest.raises(ParameterFloorError):
        unlock_with_passphrase(weak, "correct horse", TEST_FLOOR)
    small = dataclasses.replace(
        acc.material, kdf=dataclasses.replace(acc.material.kdf, mem=512 * 1024)
    )
    with pytest.raises(ParameterFloorError):
        unlock_with_passphrase(small, "correct horse", TEST_FLOOR)
    huge = dataclasses.replace(
        acc.material, kdf=dataclasses.replace(acc.material.kdf, mem=8192 * MIB)
    )
    with pytest.raises(ParameterFloorError):
        unlock_with_passphrase(huge, "correct horse", TEST_FLOOR)
    with pytest.raises(ParameterFloorError):
        create_account(ALICE, "pw", ops=2, mem=64 * MIB)


def test_unknown_kdf_versions_are_refused() -> None:
    acc = _account()
    data = acc.material.to_json()
    for patch in ({"v": 2}, {"alg": "argon2i13"}):
        bad = {**data, "kdf": {**data["kdf"], **patch}}
        with pytest.raises(UnknownVersionError):
            KeyMaterial.from_json(bad)
    with pytest.raises(UnknownVersionError):
        KeyMaterial.from_json({**data, "v": 2})
    params = dataclasses.replace(acc.material.kdf, v=2)
    with pytest.raises(UnknownVersionError):
        params.check(TEST_FLOOR)
    assert KdfParams.from_json(data["kdf"]) == acc.material.kdf


def test_change_passphrase_rewraps_uk_only() -> None:
    acc = _account()
    new = change_passphrase(
        acc.material, acc.uk, "new passphrase", ops=TEST_OPS, mem=TEST_MEM, floor=TEST_FLOOR
    )
    assert new.kdf.salt != acc.material.kdf.salt
    assert new.wrapped_keys == acc.material.wrapped_keys
    assert new.wrapped_uk_rk == acc.material.wrapped_uk_rk
    assert unlock_with_passphrase(new, "new passphrase", TEST_FLOOR).uk == acc.uk
    with pytest.raises(VerificationError):
        unlock_with_passphrase(new, "correct horse", TEST_FLOOR)
    # The recovery key still works after the change.
    assert unlock_with_recovery_key(new, acc.recovery_key).identity == acc.identity


def test_recovery_key_unlock_and_replacement() -> None:
    acc = _account()
    unlocked = unlock_with_recovery_key(acc.material, acc.recovery_key)
    assert unlocked.uk == acc.uk
    assert unlocked.identity == acc.identity
    # Presentation is forgiving: lower case, spaces instead of hyphens.
    assert (
        unlock_with_recovery_key(acc.material, acc.recovery_key.lower().replace("-", " ")).uk
        == acc.uk
    )
    updated, fresh = new_recovery_key(acc.material, acc.uk)
    assert unlock_with_recovery_key(updated, fresh).uk == acc.uk
    with pytest.raises(VerificationError):
        unlock_with_recovery_key(updated, acc.recovery_key)
    other = _account()
    with pytest.raises(VerificationError):
        unlock_with_recovery_key(acc.material, other.recovery_key)


def test_recovery_key_format() -> None:
    raw = bytes(range(32))
    text = format_recovery_key(raw)
    groups = text.split("-")
    assert groups[0] == "CR1"
    assert len(groups) == 15
    assert all(len(g) == 4 for g in groups[1:])
    assert parse_recovery_key(text) == raw
    with pytest.raises(UnknownVersionError):
        parse_recovery_key("CR2" + text[3:])
    with pytest.raises(RecoveryKeyError):
        parse_recovery_key(text[:-1])
    with pytest.raises(RecoveryKeyError):
        parse_recovery_key(text + "0")
    with pytest.raises(RecoveryKeyError):
        parse_recovery_key(text[:-1] + "U")


@given(
    st.binary(min_size=32, max_size=32),
    st.integers(min_value=4, max_value=72),
    st.sampled_from(ALPHABET),
)
def test_recovery_key_single_typo_is_detected(raw: bytes, pos: int, char: str) -> None:
    text = format_recovery_key(raw)
    if text[pos] == "-" or text[pos] == char:
        return
    typo = text[:pos] + char + text[pos + 1 :]
    with pytest.raises(RecoveryKeyError):
        parse_recovery_key(typo)


@given(st.binary(min_size=32, max_size=32), st.integers(min_value=3, max_value=57))
def test_recovery_key_transposition_is_detected(raw: bytes, pos: int) -> None:
    text = format_recovery_key(raw).replace("-", "")
    a, b = text[pos], text[pos + 1]
    if a == b:
        return
    swapped = text[:pos] + b + a + text[pos + 2 :]
    with pytest.raises(RecoveryKeyError):
        parse_recovery_key(swapped)


def test_identity_rotation_carries_prev_sig() -> None:
    acc = _account()
    unlocked = unlock_with_recovery_key(acc.material, acc.recovery_key)
    new, bundle, material = rotate_account_identity(acc.material, unlocked)
    assert bundle.key_version == 2
    assert bundle.prev_sig is not None
    assert verify_bundle(bundle, acc.bundle) is BundleStatus.ROTATED
    assert unlock_with_passphrase(material, "correct horse", TEST_FLOOR).identity == new
    # Without prev_sig (both secrets lost, new account) peers see a changed key.
    reset = create_account(ALICE, "x", key_version=2, ops=TEST_OPS, mem=TEST_MEM, floor=TEST_FLOOR)
    assert verify_bundle(reset.bundle, acc.bundle) is BundleStatus.CHANGED
    forged = dataclasses.replace(reset.bundle, prev_sig=bundle.prev_sig)
    assert verify_bundle(forged, acc.bundle) is BundleStatus.CHANGED


def test_private_key_blob_bound_to_user_and_version() -> None:
    acc = _account()
    m = acc.material
    with pytest.raises(VerificationError):
        unlock_with_passphrase(dataclasses.replace(m, key_version=2), "correct horse", TEST_FLOOR)
    flipped = bytearray(m.wrapped_uk_pw)
    flipped[30] ^= 1
    with pytest.raises(VerificationError):
        unlock_with_passphrase(
            dataclasses.replace(m, wrapped_uk_pw=bytes(flipped)), "correct horse", TEST_FLOOR
        )
    # Swapping the passphrase and recovery wraps fails (different AAD).
    swapped = dataclasses.replace(m, wrapped_uk_rk=m.wrapped_uk_pw)
    with pytest.raises(VerificationError):
        unlock_with_recovery_key(swapped, acc.recovery_key)
