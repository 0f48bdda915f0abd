"""Content records: round trips, padding, and every tampering the server could try."""

from __future__ import annotations

import dataclasses

import pytest
from crypto_actors import (
    ALICE,
    BOB,
    CAROL,
    OTHER_PAIR,
    OTHER_RECORD,
    PAIR,
    RECORD,
    Actor,
    NonceLog,
    actor,
    share,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from constel_client.crypto import (
    EncryptedRecord,
    PairKey,
    UnknownVersionError,
    VerificationError,
    new_pair_key,
    open_record,
    private_notes_key,
    rewrap_record,
    seal_record,
)
from constel_client.crypto.primitives import NONCE_BYTES, TAG_BYTES, random_bytes

ALICE_ACTOR = actor(ALICE)
BOB_ACTOR = actor(BOB)
PK1 = share(ALICE_ACTOR, [ALICE_ACTOR, BOB_ACTOR], 1)[BOB]


def _seal(
    text: bytes,
    author: Actor = ALICE_ACTOR,
    pk: PairKey = PK1,
    version: int = 1,
    record_id: str = RECORD,
) -> EncryptedRecord:
    return seal_record(
        author.ident,
        pk,
        record_type="session_report",
        field="body",
        record_id=record_id,
        record_version=version,
        plaintext=text,
    )


def _open(rec: EncryptedRecord, pk: PairKey = PK1, author: Actor = ALICE_ACTOR) -> bytes:
    return open_record(rec, pk, author.bundle)


@pytest.mark.parametrize(
    "plaintext",
    [b"", "Séance du 3 mars : objectifs 🎯, 日本語, ünïcödé".encode(), random_bytes(1_000_000)],
    ids=["empty", "unicode", "1MB"],
)
def test_round_trip(plaintext: bytes, nonce_log: NonceLog) -> None:
    rec = _seal(plaintext)
    nonce_log.add(rec.ct, rec.wdek)
    again = EncryptedRecord.from_json(rec.to_json())
    assert again == rec
    assert _open(again) == plaintext
    # Bob, the other member, reads it with his own copy of the pair key.
    assert (
        open_record(
            rec,
            PK1,
            ALICE_ACTOR.bundle,
            record_id=RECORD,
            record_type="session_report",
            field="body",
        )
        == plaintext
    )


def test_wire_field_names() -> None:
    """1.1 records add their format, links and field list; 1.0 ones keep the v1 names."""
    assert set(_seal(b"x").to_json()) == {
        "format", "parent_id", "subject_id", "fields",
        "record_id",
        "record_type",
        "field",
        "pair_id",
        "record_version",
        "author_id",
        "epoch",
        "ct",
        "wdek",
        "sig",
    }
    v1 = seal_record(ALICE_ACTOR.ident, PK1, record_type="session_report", field="body",
                     record_id=RECORD, record_version=1, plaintext=b"x", format=1)
    assert set(v1.to_json()) == {
        "record_id",
        "record_type",
        "field",
        "pair_id",
        "record_version",
        "author_id",
        "epoch",
        "ct",
        "wdek",
        "sig",
    }
    with pytest.raises(UnknownVersionError):
        EncryptedRecord.from_json({**_seal(b"x").to_json(), "v": 7})


@given(st.binary(max_size=2000))
@settings(max_examples=40, deadline=None)
def test_lengths_are_padded_to_256(plaintext: bytes) -> None:
    rec = _seal(plaintext)
    body = len(rec.ct) - NONCE_BYTES - TAG_BYTES
    assert body % 256 == 0
    assert body > len(plaintext)
    assert _open(rec) == plaintext


def test_same_length_class_same_size() -> None:
    assert len(_seal(b"a").ct) == len(_seal(b"a" * 200).ct) == len(_seal(b"").ct)
    assert len(_seal(b"a" * 255).ct) < len(_seal(b"a" * 256).ct)


@pytest.mark.parametrize(
    ("name", "pos"),
    [
        ("ct", 0),
        ("ct", 12),
        ("ct", 23),
        ("ct", 30),
        ("ct", -1),
        ("ct", -16),
        ("wdek", 0),
        ("wdek", 30),
        ("wdek", -1),
        ("sig", 0),
        ("sig", 63),
    ],
)
def test_flipped_bit_fails(name: str, pos: int) -> None:
    """Nonce (first 24 bytes), ciphertext, tag (last 16) of ct and wdek, and the signature."""
    rec = _seal(b"secret words")
    value = bytearray(getattr(rec, name))
    value[pos] ^= 0x80
    with pytest.raises(VerificationError):
        _open(dataclasses.replace(rec, **{name: bytes(value)}))


@pytest.mark.parametrize("name", ["ct", "wdek"])
def test_truncation_fails(name: str) -> None:
    rec = _seal(b"secret words")
    value = getattr(rec, name)
    for cut in (value[:-1], value[:-16], value[:30], value[:10], b""):
        with pytest.raises(VerificationError):
            _open(dataclasses.replace(rec, **{name: cut}))


def test_ciphertext_or_wdek_moved_to_another_record() -> None:
    a = _seal(b"first", record_id=RECORD)
    b = _seal(b"second", record_id=OTHER_RECORD)
    for moved in (
        dataclasses.replace(b, ct=a.ct),
        dataclasses.replace(b, wdek=a.wdek),
        dataclasses.replace(b, ct=a.ct, sig=a.sig),
        dataclasses.replace(b, ct=a.ct, wdek=a.wdek, sig=a.sig),
        dataclasses.replace(b, ct=a.ct, wdek=a.wdek),
    ):
        with pytest.raises(VerificationError):
            _open(moved)
    # The whole record answered for another id: caught by the caller's expectation.
    with pytest.raises(VerificationError):
        open_record(a, PK1, ALICE_ACTOR.bundle, record_id=OTHER_RECORD)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("record_type", "private_note"),
        ("field", "title"),
        ("record_id", OTHER_RECORD),
        ("pair_id", OTHER_PAIR),
        ("record_version", 2),
        ("author_id", BOB),
        ("epoch", 2),
    ],
)
def test_any_aad_or_context_field_changed_fails(name: str, value: object) -> None:
    rec = _seal(b"secret words")
    changed = dataclasses.replace(rec, **{name: value})
    with pytest.raises(VerificationError):
        _open(changed)
    # Even with a matching pair key / author bundle supplied for the changed field.
    pk = (
        PairKey(OTHER_PAIR, 1, PK1.key)
        if name == "pair_id"
        else PairKey(PAIR, 2, PK1.key)
        if name == "epoch"
        else PK1
    )
    author = BOB_ACTOR if name == "author_id" else ALICE_ACTOR
    with pytest.raises(VerificationError):
        open_record(changed, pk, author.bundle)


def test_wrong_author_or_key() -> None:
    rec = _seal(b"x")
    with pytest.raises(VerificationError):
        open_record(rec, PK1, dataclasses.replace(BOB_ACTOR.bundle, user_id=ALICE))
    with pytest.raises(VerificationError):
        _open(rec, new_pair_key(PAIR, 1))


def test_stale_version_replay_is_detected_by_expectation() -> None:
    v1 = _seal(b"v1", version=1)
    v2 = _seal(b"v2", version=2)
    assert _open(v2) == b"v2"
    with pytest.raises(VerificationError):
        _open(dataclasses.replace(v1, record_version=2))


def test_rotation_rewraps_dek_and_old_key_fails(nonce_log: NonceLog) -> None:
    carol = actor(CAROL)
    rec = _seal(b"history", author=BOB_ACTOR)
    pk2 = share(ALICE_ACTOR, [ALICE_ACTOR, carol], 2)[CAROL]
    moved = rewrap_record(rec, PK1, pk2)
    nonce_log.add(moved.wdek)
    assert moved.ct == rec.ct
    assert moved.sig == rec.sig
    assert moved.epoch == 2
    assert open_record(moved, pk2, BOB_ACTOR.bundle) == b"history"
    # The leaver (Bob) only has epoch 1: relabelling the epoch does not help.
    with pytest.raises(VerificationError):
        open_record(moved, PK1, BOB_ACTOR.bundle)
    with pytest.raises(VerificationError):
        open_record(dataclasses.replace(moved, epoch=1), PK1, BOB_ACTOR.bundle)
    new = _seal(b"after rotation", pk=pk2)
    with pytest.raises(VerificationError):
        open_record(dataclasses.replace(new, epoch=1), PK1, ALICE_ACTOR.bundle)
    with pytest.raises(VerificationError):
        rewrap_record(rec, pk2, PK1)


def test_private_notes() -> None:
    uk = random_bytes(32)
    pk = private_notes_key(uk, PAIR)
    assert pk.epoch == 0
    rec = seal_record(
        ALICE_ACTOR.ident,
        pk,
        record_type="private_note",
        field="body",
        record_id=RECORD,
        record_version=1,
        plaintext=b"only me",
    )
    assert rec.epoch == 0
    assert open_record(rec, private_notes_key(uk, PAIR), ALICE_ACTOR.bundle) == b"only me"
    with pytest.raises(VerificationError):
        open_record(rec, private_notes_key(random_bytes(32), PAIR), ALICE_ACTOR.bundle)
    with pytest.raises(VerificationError):
        open_record(dataclasses.replace(rec, epoch=1), PK1, ALICE_ACTOR.bundle)


def test_no_nonce_repeats_in_bulk(nonce_log: NonceLog) -> None:
    for i in range(2000):
        rec = _seal(str(i).encode())
        nonce_log.add(rec.ct, rec.wdek)
