"""Cross-language golden files (see tests/golden/README.md).

README: this module rewrites ``tests/golden/py/*.json`` (test_write_python_golden) and
verifies ``tests/golden/ts/*.json`` written by the TypeScript module (committed in the repo,
rewritten by ``frontend/src/lib/crypto/golden.test.ts`` each time vitest runs). ``make test``
runs pytest first, then vitest, so the TypeScript side checks the Python files written in
the same run. Regenerate by hand: ``.venv/bin/python tests/client/test_crypto_golden.py``.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from constel_client.crypto import (
    CHUNK_SIZE,
    CIPHER_CHUNK_SIZE,
    BundleStatus,
    EncryptedRecord,
    Envelope,
    Identity,
    KdfFloor,
    KdfParams,
    KeyMaterial,
    PairKey,
    PublicBundle,
    VerificationError,
    b64d,
    b64e,
    bundle_fingerprint,
    compute_key_id,
    decrypt_stream,
    enc,
    encrypt_stream,
    format_recovery_key,
    identity_from_seeds,
    open_envelope,
    open_file,
    open_record,
    private_notes_key,
    rewrap_record,
    safety_number,
    seal_record,
    start_file,
    unlock_with_passphrase,
    unlock_with_recovery_key,
    verify_bundle,
    wrap_identity,
    wrap_pair_key,
    wrap_uk_passphrase,
    wrap_uk_recovery,
)
from constel_client.crypto.primitives import MIB, generichash

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
PEOPLE = {
    "alice": "a11ce000-0000-4000-8000-00000000000a",
    "bob": "b0b00000-0000-4000-8000-00000000000b",
    "carol": "ca401000-0000-4000-8000-00000000000c",
}
PAIR_ID = "9a1e0000-0000-4000-8000-000000000001"
PASSPHRASE = "correct horse battery staple ✓"
FLOOR = KdfFloor(ops=1, mem=1 * MIB)
FILE_SIZE = CHUNK_SIZE + 1000


def seed(generator: str, name: str, part: str) -> bytes:
    return generichash(32, enc("golden-seed", generator, name, part))


def file_pattern(size: int) -> bytes:
    return bytes((7 * i + 3) % 256 for i in range(size))


def _write(side: str, name: str, data: dict[str, Any]) -> None:
    path = GOLDEN / side / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _read(side: str, name: str) -> dict[str, Any]:
    path = GOLDEN / side / name
    if not path.exists():
        pytest.fail(f"missing golden file {path}")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def generate(side: str = "py", generator: str = "python") -> None:
    ids = {
        n: identity_from_seeds(uid, 1, seed(generator, n, "x"), seed(generator, n, "ed"))
        for n, uid in PEOPLE.items()
    }
    alice2 = identity_from_seeds(
        PEOPLE["alice"], 2, seed(generator, "alice2", "x"), seed(generator, "alice2", "ed")
    )
    uk, rk = seed(generator, "alice", "uk"), seed(generator, "alice", "rk")
    params = KdfParams(salt=seed(generator, "alice", "salt")[:16], ops=FLOOR.ops, mem=FLOOR.mem)
    material = KeyMaterial(
        PEOPLE["alice"],
        1,
        params,
        wrap_uk_passphrase(uk, PEOPLE["alice"], PASSPHRASE, params, FLOOR),
        wrap_uk_recovery(uk, PEOPLE["alice"], rk),
        wrap_identity(uk, ids["alice"]),
    )
    _write(
        side,
        "identities.json",
        {
            "format": 1,
            "generator": generator,
            "people": [
                {
                    "name": n,
                    "user_id": i.user_id,
                    "key_version": 1,
                    "x_seed": b64e(seed(generator, n, "x")),
                    "ed_seed": b64e(seed(generator, n, "ed")),
                    "bundle": i.bundle().to_json(),
                    "fingerprint": bundle_fingerprint(i.bundle()),
                }
                for n, i in ids.items()
            ],
            "rotated": {
                "name": "alice",
                "key_version": 2,
                "x_seed": b64e(seed(generator, "alice2", "x")),
                "ed_seed": b64e(seed(generator, "alice2", "ed")),
                "bundle": alice2.bundle(previous=ids["alice"]).to_json(),
            },
            "safety_number": safety_number(ids["alice"].bundle(), ids["bob"].bundle()),
            "account": {
                "user_id": PEOPLE["alice"],
                "passphrase": PASSPHRASE,
                "floor": {"ops": FLOOR.ops, "mem": FLOOR.mem},
                "uk": b64e(uk),
                "recovery_raw": b64e(rk),
                "recovery_key": format_recovery_key(rk),
                "material": material.to_json(),
            },
        },
    )
    keys = {e: PairKey(PAIR_ID, e, seed(generator, "pair", str(e))) for e in (1, 2)}
    members = {1: ["alice", "bob"], 2: ["alice", "carol"]}
    _write(
        side,
        "envelopes.json",
        {
            "format": 1,
            "generator": generator,
            "pair_id": PAIR_ID,
            "epochs": [
                {
                    "epoch": e,
                    "members": members[e],
                    "wrapper": "alice",
                    "key": b64e(keys[e].key),
                    "key_id": b64e(keys[e].key_id),
                    "envelopes": [
                        wrap_pair_key(ids["alice"], keys[e], ids[m].bundle()).to_json()
                        for m in members[e]
                    ],
                }
                for e in (1, 2)
            ],
        },
    )

    def rec(
        name: str, author: str, epoch: int, text: bytes, rid: int, rtype: str = "session_report"
    ) -> dict[str, Any]:
        pk = private_notes_key(uk, PAIR_ID) if epoch == 0 else keys[epoch]
        r = seal_record(
            ids[author],
            pk,
            record_type=rtype,
            field="body",
            record_id=f"3ec00000-0000-4000-8000-{rid:012d}",
            record_version=1,
            plaintext=text,
        )
        key: dict[str, Any] = {"epoch": epoch} | ({"uk": b64e(uk)} if epoch == 0 else {})
        return {
            "name": name,
            "author": author,
            "key": key,
            "plaintext": b64e(text),
            "record": r.to_json(),
        }

    items = [
        rec("empty", "alice", 1, b"", 1),
        rec("unicode", "bob", 1, "Séance : objectifs 🎯 — 日本語 «ok»".encode(), 2),
        rec("long", "alice", 1, file_pattern(70_000), 3),
        rec("private", "alice", 0, "note privée".encode(), 4, "private_note"),
    ]
    original = rec("original", "bob", 1, b"avant la rotation", 5)
    moved = rewrap_record(EncryptedRecord.from_json(original["record"]), keys[1], keys[2])
    items += [
        original,
        {**original, "name": "rotated", "key": {"epoch": 2}, "record": moved.to_json()},
    ]
    _write(
        side,
        "records.json",
        {"format": 1, "generator": generator, "pair_id": PAIR_ID, "records": items},
    )

    doc_id = "d0c00000-0000-4000-8000-000000000001"
    frec, encryptor = start_file(ids["alice"], keys[1], doc_id=doc_id)
    out = io.BytesIO()
    encrypt_stream(encryptor, io.BytesIO(file_pattern(FILE_SIZE)), out)
    _write(
        side,
        "file.json",
        {
            "format": 1,
            "generator": generator,
            "pair_id": PAIR_ID,
            "doc_id": doc_id,
            "author": "alice",
            "epoch": 1,
            "size": FILE_SIZE,
            "pattern": "byte i = (7 i + 3) mod 256",
            "record": frec.to_json(),
            "stream": b64e(out.getvalue()),
        },
    )


def verify_side(side: str) -> None:
    """Everything another implementation wrote must verify and decrypt here, byte for byte."""
    idf = _read(side, "identities.json")
    ids: dict[str, Identity] = {}
    bundles: dict[str, PublicBundle] = {}
    for p in idf["people"]:
        ident = identity_from_seeds(
            p["user_id"], p["key_version"], b64d(p["x_seed"]), b64d(p["ed_seed"])
        )
        bundle = PublicBundle.from_json(p["bundle"])
        assert bundle.to_json() == p["bundle"]
        assert ident.bundle().to_json() == p["bundle"]  # Ed25519 is deterministic
        assert verify_bundle(bundle) is BundleStatus.NEW
        assert bundle_fingerprint(bundle) == p["fingerprint"]
        ids[p["name"]], bundles[p["name"]] = ident, bundle
    rot = idf["rotated"]
    alice2 = identity_from_seeds(ids["alice"].user_id, 2, b64d(rot["x_seed"]), b64d(rot["ed_seed"]))
    assert alice2.bundle(previous=ids["alice"]).to_json() == rot["bundle"]
    assert (
        verify_bundle(PublicBundle.from_json(rot["bundle"]), bundles["alice"])
        is BundleStatus.ROTATED
    )
    assert safety_number(bundles["bob"], bundles["alice"]) == idf["safety_number"]
    acc = idf["account"]
    material = KeyMaterial.from_json(acc["material"])
    assert material.to_json() == acc["material"]
    floor = KdfFloor(ops=acc["floor"]["ops"], mem=acc["floor"]["mem"])
    for unlocked in (
        unlock_with_passphrase(material, acc["passphrase"], floor),
        unlock_with_recovery_key(material, acc["recovery_key"]),
    ):
        assert unlocked.uk == b64d(acc["uk"])
        assert unlocked.identity == ids["alice"]
    assert format_recovery_key(b64d(acc["recovery_raw"])) == acc["recovery_key"]

    envf = _read(side, "envelopes.json")
    pair_id = envf["pair_id"]
    keys: dict[int, PairKey] = {}
    for ep in envf["epochs"]:
        epoch, members = ep["epoch"], [ids[m].user_id for m in ep["members"]]
        assert b64e(compute_key_id(b64d(ep["key"]), pair_id, epoch)) == ep["key_id"]
        for raw, name in zip(ep["envelopes"], ep["members"], strict=True):
            env = Envelope.from_json(raw)
            assert env.to_json() == raw
            pk = open_envelope(
                env, ids[name], bundles[ep["wrapper"]], members, pair_id=pair_id, epoch=epoch
            )
            assert pk.key == b64d(ep["key"])
            keys[epoch] = pk
            if "bob" not in ep["members"]:
                with pytest.raises(VerificationError):
                    open_envelope(
                        env,
                        ids["bob"],
                        bundles[ep["wrapper"]],
                        members,
                        pair_id=pair_id,
                        epoch=epoch,
                    )

    recf = _read(side, "records.json")
    by_name = {}
    for item in recf["records"]:
        r = EncryptedRecord.from_json(item["record"])
        assert r.to_json() == item["record"]
        epoch = item["key"]["epoch"]
        pk = private_notes_key(b64d(item["key"]["uk"]), r.pair_id) if epoch == 0 else keys[epoch]
        assert open_record(r, pk, bundles[item["author"]]) == b64d(item["plaintext"])
        by_name[item["name"]] = r
    orig, moved = by_name["original"], by_name["rotated"]
    assert (moved.ct, moved.sig, moved.epoch) == (orig.ct, orig.sig, 2)
    with pytest.raises(VerificationError):
        open_record(moved, keys[1], bundles["bob"])

    ff = _read(side, "file.json")
    frec = EncryptedRecord.from_json(ff["record"])
    stream = b64d(ff["stream"])
    assert ff["size"] > CHUNK_SIZE
    assert len(stream) == ff["size"] + 2 * (CIPHER_CHUNK_SIZE - CHUNK_SIZE)
    out = io.BytesIO()
    decrypt_stream(
        open_file(frec, keys[ff["epoch"]], bundles[ff["author"]], doc_id=ff["doc_id"]),
        io.BytesIO(stream),
        out,
    )
    assert out.getvalue() == file_pattern(ff["size"])


def test_write_python_golden() -> None:
    generate()
    verify_side("py")


def test_read_typescript_golden() -> None:
    idf = _read("ts", "identities.json")
    assert idf["generator"] == "typescript"
    verify_side("ts")


if __name__ == "__main__":
    generate()
    verify_side("py")
    print(f"wrote {GOLDEN / 'py'}")
