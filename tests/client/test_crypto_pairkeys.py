"""Pair-key envelopes: mandatory signature, pinned wrapper, membership, every context field."""

from __future__ import annotations

import dataclasses

import nacl.bindings as sb
import pytest
from crypto_actors import (
    ALICE,
    BOB,
    CAROL,
    MALLORY,
    OTHER_PAIR,
    PAIR,
    TEST_FLOOR,
    TEST_MEM,
    TEST_OPS,
    Actor,
    actor,
    share,
)

from constel_client.crypto import (
    Envelope,
    KeyChangedError,
    KeyPins,
    PairKeyRing,
    RollbackError,
    UnknownVersionError,
    VerificationError,
    create_account,
    enc,
    new_pair_key,
    open_envelope,
    wrap_pair_key,
)
from constel_client.crypto.pairkeys import _env_message

MEMBERS = [ALICE, BOB]


@pytest.fixture
def pair() -> tuple[Actor, Actor]:
    return actor(ALICE), actor(BOB)


def _open(
    env: Envelope, me: Actor, wrapper: Actor, members: list[str] = MEMBERS, epoch: int = 1
) -> object:
    return open_envelope(env, me.ident, wrapper.bundle, members, pair_id=PAIR, epoch=epoch)


def test_round_trip_and_json(pair: tuple[Actor, Actor]) -> None:
    alice, bob = pair
    pk = new_pair_key(PAIR, 1)
    env = wrap_pair_key(alice.ident, pk, bob.bundle)
    again = Envelope.from_json(env.to_json())
    assert again == env
    assert set(env.to_json()) == {
        "pair_id",
        "epoch",
        "recipient_id",
        "recipient_key_version",
        "wrapper_id",
        "wrapper_key_version",
        "key_id",
        "sealed",
        "sig",
    }
    assert _open(again, bob, alice) == pk
    assert _open(wrap_pair_key(alice.ident, pk, alice.bundle), alice, alice) == pk
    with pytest.raises(UnknownVersionError):
        Envelope.from_json({**env.to_json(), "v": 2})


@pytest.mark.parametrize("name", ["sealed", "sig", "key_id"])
def test_flipped_bit_fails(pair: tuple[Actor, Actor], name: str) -> None:
    alice, bob = pair
    env = wrap_pair_key(alice.ident, new_pair_key(PAIR, 1), bob.bundle)
    original = getattr(env, name)
    for pos in (0, len(original) // 2, -1):
        value = bytearray(original)
        value[pos] ^= 0x01
        with pytest.raises(VerificationError):
            _open(dataclasses.replace(env, **{name: bytes(value)}), bob, alice)


def test_unsigned_or_wrongly_signed_envelope(pair: tuple[Actor, Actor]) -> None:
    alice, bob = pair
    mallory = actor(MALLORY)
    pk = new_pair_key(PAIR, 1)
    env = wrap_pair_key(alice.ident, pk, bob.bundle)
    with pytest.raises(VerificationError):
        _open(dataclasses.replace(env, sig=bytes(64)), bob, alice)
    # The server (or anyone) can make a sealed box to Bob's public key and sign it itself.
    rogue = new_pair_key(PAIR, 1)
    forged = wrap_pair_key(mallory.ident, rogue, bob.bundle)
    claimed = dataclasses.replace(forged, wrapper_id=ALICE, wrapper_key_version=1)
    with pytest.raises(VerificationError):
        _open(claimed, bob, alice)
    # Signed by a real key that is not a member of the pair.
    with pytest.raises(VerificationError):
        _open(forged, bob, mallory)
    # A member's validly signed envelope, but verified against a substituted wrapper key.
    with pytest.raises(VerificationError):
        open_envelope(
            env,
            bob.ident,
            dataclasses.replace(mallory.bundle, user_id=ALICE),
            MEMBERS,
            pair_id=PAIR,
        )


def test_envelope_for_another_recipient_pair_or_epoch(pair: tuple[Actor, Actor]) -> None:
    alice, bob = pair
    carol = actor(CAROL)
    env_carol = wrap_pair_key(alice.ident, new_pair_key(PAIR, 1), carol.bundle)
    with pytest.raises(VerificationError):
        _open(env_carol, bob, alice, [ALICE, BOB, CAROL])
    # Even relabelled as Bob's, the signature covered Carol's id and x_pk.
    relabelled = dataclasses.replace(env_carol, recipient_id=BOB)
    with pytest.raises(VerificationError):
        _open(relabelled, bob, alice, [ALICE, BOB, CAROL])
    other_pair = wrap_pair_key(alice.ident, new_pair_key(OTHER_PAIR, 1), bob.bundle)
    with pytest.raises(VerificationError):
        _open(other_pair, bob, alice)
    with pytest.raises(VerificationError):
        _open(dataclasses.replace(other_pair, pair_id=PAIR), bob, alice)
    epoch2 = wrap_pair_key(alice.ident, new_pair_key(PAIR, 2), bob.bundle)
    with pytest.raises(VerificationError):
        _open(epoch2, bob, alice, epoch=1)
    with pytest.raises(VerificationError):
        _open(dataclasses.replace(epoch2, epoch=1), bob, alice, epoch=1)


def test_context_inside_the_box_is_checked(pair: tuple[Actor, Actor]) -> None:
    """A member signing a box whose inner fields disagree with the envelope is refused."""
    alice, bob = pair
    good = new_pair_key(PAIR, 1)
    for inner in (
        enc("pairkey", OTHER_PAIR, 1, BOB, good.key),
        enc("pairkey", PAIR, 2, BOB, good.key),
        enc("pairkey", PAIR, 1, ALICE, good.key),
        enc("pairkey", PAIR, 1, BOB, good.key[:31]),
        enc("pairkey", PAIR, 1, BOB, new_pair_key(PAIR, 1).key),
        b"not enc at all",
    ):
        sealed = sb.crypto_box_seal(inner, bob.bundle.x_pk)
        sig = alice.ident.sign(
            _env_message(PAIR, 1, BOB, bob.bundle.x_pk, ALICE, good.key_id, sealed)
        )
        env = Envelope(PAIR, 1, BOB, 1, ALICE, 1, good.key_id, sealed, sig)
        with pytest.raises(VerificationError):
            _open(env, bob, alice)


def test_membership_is_checked(pair: tuple[Actor, Actor]) -> None:
    alice, bob = pair
    env = wrap_pair_key(alice.ident, new_pair_key(PAIR, 1), bob.bundle)
    with pytest.raises(VerificationError):
        _open(env, bob, alice, [BOB, CAROL])
    with pytest.raises(VerificationError):
        _open(env, bob, alice, [ALICE, CAROL])


def test_substituted_recipient_key_is_not_accepted(pair: tuple[Actor, Actor]) -> None:
    """The server swaps Bob's x_pk in his bundle: its own box signs over the wrong key."""
    alice, bob = pair
    mallory = actor(MALLORY)
    fake_bob = dataclasses.replace(bob.bundle, x_pk=mallory.bundle.x_pk)
    pins = KeyPins()
    pins.observe(bob.bundle)
    with pytest.raises(VerificationError):
        pins.require(fake_bob)  # self_sig no longer matches
    env = wrap_pair_key(alice.ident, new_pair_key(PAIR, 1), fake_bob)
    with pytest.raises(VerificationError):
        _open(env, bob, alice)


def test_rotation_leaver_cannot_open_next_epoch() -> None:
    alice, bob, carol = actor(ALICE), actor(BOB), actor(CAROL)
    e1 = share(alice, [alice, bob], 1)
    assert e1[ALICE] == e1[BOB]
    # Bob leaves, Carol replaces him: Alice makes epoch 2 for the current members only.
    pk2 = new_pair_key(PAIR, 2)
    envs = [wrap_pair_key(alice.ident, pk2, m.bundle) for m in (alice, carol)]
    members2 = [ALICE, CAROL]
    assert open_envelope(envs[1], carol.ident, alice.bundle, members2, pair_id=PAIR, epoch=2) == pk2
    for env in envs:
        with pytest.raises(VerificationError):
            open_envelope(env, bob.ident, alice.bundle, [ALICE, BOB, CAROL], pair_id=PAIR, epoch=2)
    assert pk2.key != e1[BOB].key


def test_partner_reshares_after_reset() -> None:
    """Bob loses passphrase and recovery key: new identity, Alice accepts and re-wraps."""
    alice, bob = actor(ALICE), actor(BOB)
    pins = KeyPins()
    pins.observe(bob.bundle)
    pk = share(alice, [alice, bob], 1)[ALICE]
    reset = create_account(BOB, "new", key_version=2, ops=TEST_OPS, mem=TEST_MEM, floor=TEST_FLOOR)
    with pytest.raises(KeyChangedError):
        pins.require(reset.bundle)  # refuse to wrap to a changed key until accepted
    pins.accept(reset.bundle)
    env = wrap_pair_key(alice.ident, pk, pins.require(reset.bundle))
    assert open_envelope(env, reset.identity, alice.bundle, MEMBERS, pair_id=PAIR, epoch=1) == pk
    with pytest.raises(VerificationError):
        open_envelope(env, bob.ident, alice.bundle, MEMBERS, pair_id=PAIR, epoch=1)


def test_key_ring_tracks_highest_epoch() -> None:
    ring = PairKeyRing()
    k1, k2 = new_pair_key(PAIR, 1), new_pair_key(PAIR, 2)
    ring.add(k2)
    ring.add(k1)
    assert ring.current(PAIR) == k2
    assert ring.get(PAIR, 1) == k1
    ring.check_server_epoch(PAIR, 2)
    with pytest.raises(RollbackError):
        ring.check_server_epoch(PAIR, 1)
    with pytest.raises(VerificationError):
        ring.get(PAIR, 3)
