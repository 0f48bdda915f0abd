"""Shared actors for the protocol tests (fixed ids, fresh random keys)."""

from __future__ import annotations

from dataclasses import dataclass, field

from constel_client.crypto import (
    MIB,
    Identity,
    KdfFloor,
    PairKey,
    PublicBundle,
    create_identity,
    new_pair_key,
    open_envelope,
    wrap_for_members,
)
from constel_client.crypto.primitives import NONCE_BYTES

# Tests lower the Argon2 floor in the client itself, never through the server.
TEST_FLOOR = KdfFloor(ops=1, mem=1 * MIB)
TEST_OPS, TEST_MEM = 1, 1 * MIB


@dataclass
class NonceLog:
    """Every AEAD nonce seen in the suite; a repeat fails immediately."""

    seen: set[bytes] = field(default_factory=set)

    def add(self, *sealed: bytes) -> None:
        for value in sealed:
            nonce = value[:NONCE_BYTES]
            assert len(nonce) == NONCE_BYTES
            assert nonce not in self.seen, "nonce reused"
            self.seen.add(nonce)


NONCES = NonceLog()

ALICE = "a11ce000-0000-4000-8000-00000000000a"
BOB = "b0b00000-0000-4000-8000-00000000000b"
CAROL = "ca401000-0000-4000-8000-00000000000c"
MALLORY = "3a110000-0000-4000-8000-00000000000d"
PAIR = "9a1e0000-0000-4000-8000-000000000001"
OTHER_PAIR = "9a1e0000-0000-4000-8000-000000000002"
RECORD = "3ec00000-0000-4000-8000-000000000001"
OTHER_RECORD = "3ec00000-0000-4000-8000-000000000002"


@dataclass
class Actor:
    ident: Identity

    @property
    def id(self) -> str:
        return self.ident.user_id

    @property
    def bundle(self) -> PublicBundle:
        return self.ident.bundle()


def actor(user_id: str) -> Actor:
    return Actor(create_identity(user_id))


def share(
    wrapper: Actor, members: list[Actor], epoch: int, pair_id: str = PAIR
) -> dict[str, PairKey]:
    """Wrapper makes the epoch key and every member opens their envelope."""
    pk = new_pair_key(pair_id, epoch)
    envs = wrap_for_members(wrapper.ident, pk, [m.bundle for m in members])
    ids = [m.id for m in members]
    opened = {}
    for m, env in zip(members, envs, strict=True):
        opened[m.id] = open_envelope(
            env, m.ident, wrapper.bundle, ids, pair_id=pair_id, epoch=epoch
        )
    return opened
