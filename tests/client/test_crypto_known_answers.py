"""Every known answer of the spec, so both implementations are held to the same bytes."""

from __future__ import annotations

import nacl.bindings as sb

from constel_client.crypto import (
    MIB,
    KdfFloor,
    KdfParams,
    argon2id,
    b64d,
    b64e,
    compute_key_id,
    enc,
    fingerprint,
    identity_from_seeds,
    kdf,
    record2_aad,
)
from constel_client.crypto.keyring import keyring_key

SEED = bytes(range(32))
USER = "0b9a8c7d-0000-4000-8000-000000000003"


def test_box_and_sign_public_keys_from_seed() -> None:
    pk, _ = sb.crypto_box_seed_keypair(SEED)
    ident = identity_from_seeds(USER, 1, SEED, SEED)
    assert b64e(pk) == "RwHQhIhFH1RaQJ+1iuPlhYHKQKw/fxFGmM1x3qxzygE="
    assert b64e(ident.x_pk) == b64e(pk)
    assert b64e(ident.ed_pk) == "A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg="


def test_kdf() -> None:
    assert b64e(kdf(SEED, 1, "cnstlkek")) == "spe6posVbf6ZZlMRpelW9rf4sbU/gLnpEREw0YgyqR0="
    assert b64e(kdf(SEED, 1, "cnstlrec")) == "kiQA07PkF6EOaFIiOZ+0eN8MX2Ey3pK+L2+Q5z4haEg="
    assert kdf(SEED, 3, "cnstlprv") != kdf(SEED, 1, "cnstlprv")


def test_argon2id_production_parameters() -> None:
    params = KdfParams(salt=bytes(range(16)), ops=3, mem=64 * MIB)
    out = argon2id("correct horse", params, KdfFloor())
    assert b64e(out) == "48iJykDtAea2dx/Ipb8W41rWC0HJvV1+bWOt9R5QsP0="


def test_argon2id_normalizes_nfkc() -> None:
    params = KdfParams(salt=bytes(16), ops=1, mem=1 * MIB)
    floor = KdfFloor(ops=1, mem=1 * MIB)
    # U+FB01 (ligature fi) and "fi" are NFKC-equal; U+00E9 and e + U+0301 too.
    assert argon2id("\ufb01\u00e9", params, floor) == argon2id("fie\u0301", params, floor)


def test_enc_record_aad() -> None:
    got = enc(
        "record",
        "session_report",
        "body",
        "3f0c2a1e-0000-4000-8000-000000000001",
        "7d1e5b2c-0000-4000-8000-000000000002",
        1,
        "0b9a8c7d-0000-4000-8000-000000000003",
    )
    assert got.hex() == (
        "434f4e5354454c3100067265636f7264000e73657373696f6e5f7265706f72740004626f6479"
        "002433663063326131652d303030302d343030302d383030302d303030303030303030303031"
        "002437643165356232632d303030302d343030302d383030302d303030303030303030303032"
        "000131002430623961386337642d303030302d343030302d383030302d303030303030303030303033"
    )


def test_fingerprint() -> None:
    ident = identity_from_seeds(USER, 1, SEED, SEED)
    assert fingerprint(USER, ident.ed_pk, ident.x_pk) == "703737329039388863196825608966"


def test_key_id() -> None:
    got = compute_key_id(SEED, "7d1e5b2c-0000-4000-8000-000000000002", 1)
    assert b64e(got) == "si0PoPdQV9BwZVGUCNOFXQ=="
    assert b64d("si0PoPdQV9BwZVGUCNOFXQ==", 16) == got


# --- version 1.1 ------------------------------------------------------------------------

RECORD2_HEX = (
    "434f4e5354454c3100077265636f726432000e73657373696f6e5f7265706f72740004626f6479002433"
    "663063326131652d303030302d343030302d383030302d303030303030303030303031002437643165"
    "356232632d303030302d343030302d383030302d303030303030303030303032000131002430623961"
    "386337642d303030302d343030302d383030302d3030303030303030303030330000002435613662"
    "376338642d303030302d343030302d383030302d303030303030303030303034000f626f64792c6e65"
    "78745f7374657073"
)


def test_enc_record2_aad() -> None:
    args = (
        "session_report", "body", "3f0c2a1e-0000-4000-8000-000000000001",
        "7d1e5b2c-0000-4000-8000-000000000002", 1, "0b9a8c7d-0000-4000-8000-000000000003",
    )
    expected = bytes.fromhex(RECORD2_HEX)
    assert enc("record2", *args, "", "5a6b7c8d-0000-4000-8000-000000000004",
               "body,next_steps") == expected
    # The same bytes through the record code, field names given in any order.
    assert record2_aad(*args, "", "5a6b7c8d-0000-4000-8000-000000000004",
                       ["next_steps", "body"]) == expected


def test_kdf_keyring() -> None:
    assert b64e(kdf(SEED, 4, "cnstlkrg")) == "eVcvY91mcr2xdZY/jsbFxSEzyVUSZaORTNX95Y/A8VQ="
    assert keyring_key(SEED) == kdf(SEED, 4, "cnstlkrg")


def test_long_field_escape() -> None:
    """A field of 65,535 bytes or more: ff ff, u32be(len), bytes; shorter ones unchanged."""
    for n, head in ((65_534, b"\xff\xfe"), (65_535, b"\xff\xff\x00\x00\xff\xff"),
                    (70_000, b"\xff\xff\x00\x01\x11\x70")):
        out = enc("x", bytes(n))
        assert out[len(b"CONSTEL1") + 3:].startswith(head)
        assert len(out) == len(b"CONSTEL1") + 3 + len(head) + n
