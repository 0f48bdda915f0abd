"""Fingerprints, safety numbers and key pinning."""

from __future__ import annotations

import dataclasses

import pytest
from crypto_actors import ALICE, BOB, MALLORY, actor

from constel_client.crypto import (
    BundleStatus,
    KeyChangedError,
    KeyPins,
    PublicBundle,
    VerificationError,
    bundle_fingerprint,
    format_digits,
    rotate_identity,
    safety_number,
)


def test_safety_number_is_symmetric_and_60_digits() -> None:
    a, b = actor(ALICE), actor(BOB)
    number = safety_number(a.bundle, b.bundle)
    assert number == safety_number(b.bundle, a.bundle)
    assert len(number) == 60
    assert number.isdigit()
    assert number == bundle_fingerprint(a.bundle) + bundle_fingerprint(b.bundle)  # ALICE < BOB
    assert len(format_digits(number).split(" ")) == 12


def test_substituted_public_key_changes_the_safety_number() -> None:
    a, b, m = actor(ALICE), actor(BOB), actor(MALLORY)
    real = safety_number(a.bundle, b.bundle)
    for fake in (
        dataclasses.replace(b.bundle, x_pk=m.bundle.x_pk),
        dataclasses.replace(b.bundle, ed_pk=m.bundle.ed_pk),
        dataclasses.replace(m.bundle, user_id=BOB),
    ):
        assert safety_number(a.bundle, fake) != real


def test_pins_first_use_rotation_and_change() -> None:
    b = actor(BOB)
    pins = KeyPins()
    assert pins.observe(b.bundle) is BundleStatus.NEW
    assert pins.observe(b.bundle) is BundleStatus.SAME
    pins.mark_verified(BOB)
    new, rotated = rotate_identity(b.ident)
    assert pins.observe(rotated) is BundleStatus.ROTATED
    assert pins.pinned(BOB) == rotated
    assert pins.is_verified(BOB)
    stranger = actor(BOB).ident.bundle()
    with pytest.raises(KeyChangedError):
        pins.require(stranger)
    assert pins.pinned(BOB) == rotated
    pins.accept(stranger)
    assert pins.require(stranger) == stranger
    assert not pins.is_verified(BOB)
    restored = KeyPins.from_json(pins.to_json())
    assert restored.pinned(BOB) == stranger
    assert new.key_version == 2


def test_bad_self_signature_is_refused() -> None:
    b = actor(BOB)
    bad = dataclasses.replace(b.bundle, key_version=5)
    with pytest.raises(VerificationError):
        KeyPins().observe(bad)
    again = PublicBundle.from_json(b.bundle.to_json())
    assert again == b.bundle
