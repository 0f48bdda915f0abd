"""Pair keys (one per mentorship and epoch) and the signed envelopes that carry them.

An envelope is a sealed box to the recipient's X25519 key plus a mandatory Ed25519
signature by the wrapper: anyone holding a public key (the server included) can make a
sealed box, so an unsigned or wrongly signed envelope is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .encoding import b64d, b64e, canonical_id, dec, enc
from .errors import EncodingError, RollbackError, VerificationError
from .identity import Identity, PublicBundle, _int, _str, check_wire_version
from .primitives import (
    KEY_BYTES,
    SIG_BYTES,
    box_seal,
    box_seal_open,
    generichash,
    random_bytes,
    verify,
)

KEY_ID_BYTES = 16


def compute_key_id(pk: bytes, pair_id: str, epoch: int) -> bytes:
    return generichash(KEY_ID_BYTES, enc("pairkey-id", pair_id, epoch), key=pk)


@dataclass(frozen=True)
class PairKey:
    """Symmetric key of one pair at one epoch (epoch 0 = private notes of one person)."""

    pair_id: str
    epoch: int
    key: bytes = field(repr=False)

    @property
    def key_id(self) -> bytes:
        return compute_key_id(self.key, self.pair_id, self.epoch)


def new_pair_key(pair_id: str, epoch: int) -> PairKey:
    if epoch < 1:
        raise EncodingError("pair epochs start at 1")
    return PairKey(canonical_id(pair_id), epoch, random_bytes(KEY_BYTES))


@dataclass(frozen=True)
class Envelope:
    pair_id: str
    epoch: int
    recipient_id: str
    recipient_key_version: int
    wrapper_id: str
    wrapper_key_version: int
    key_id: bytes
    sealed: bytes
    sig: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "pair_id": self.pair_id,
            "epoch": self.epoch,
            "recipient_id": self.recipient_id,
            "recipient_key_version": self.recipient_key_version,
            "wrapper_id": self.wrapper_id,
            "wrapper_key_version": self.wrapper_key_version,
            "key_id": b64e(self.key_id),
            "sealed": b64e(self.sealed),
            "sig": b64e(self.sig),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Envelope:
        check_wire_version(data)
        return cls(
            pair_id=canonical_id(_str(data, "pair_id")),
            epoch=_int(data, "epoch", 1),
            recipient_id=canonical_id(_str(data, "recipient_id")),
            recipient_key_version=_int(data, "recipient_key_version", 1),
            wrapper_id=canonical_id(_str(data, "wrapper_id")),
            wrapper_key_version=_int(data, "wrapper_key_version", 1),
            key_id=b64d(_str(data, "key_id"), KEY_ID_BYTES),
            sealed=b64d(_str(data, "sealed")),
            sig=b64d(_str(data, "sig"), SIG_BYTES),
        )


def _env_message(
    pair_id: str,
    epoch: int,
    r_id: str,
    r_x_pk: bytes,
    wrapper_id: str,
    key_id: bytes,
    sealed: bytes,
) -> bytes:
    return enc("pairkey-env", pair_id, epoch, r_id, r_x_pk, wrapper_id, key_id, sealed)


def wrap_pair_key(wrapper: Identity, pk: PairKey, recipient: PublicBundle) -> Envelope:
    """Envelope of ``pk`` for ``recipient`` (whose bundle the caller has verified and pinned)."""
    key_id = pk.key_id
    sealed = box_seal(
        enc("pairkey", pk.pair_id, pk.epoch, recipient.user_id, pk.key), recipient.x_pk
    )
    sig = wrapper.sign(
        _env_message(
            pk.pair_id, pk.epoch, recipient.user_id, recipient.x_pk, wrapper.user_id, key_id, sealed
        )
    )
    return Envelope(
        pk.pair_id,
        pk.epoch,
        recipient.user_id,
        recipient.key_version,
        wrapper.user_id,
        wrapper.key_version,
        key_id,
        sealed,
        sig,
    )


def wrap_for_members(
    wrapper: Identity, pk: PairKey, members: Iterable[PublicBundle]
) -> list[Envelope]:
    return [wrap_pair_key(wrapper, pk, m) for m in members]


def open_envelope(
    env: Envelope,
    me: Identity,
    wrapper: PublicBundle,
    members: Sequence[str],
    *,
    pair_id: str,
    epoch: int | None = None,
) -> PairKey:
    """Verify and open an envelope.

    ``wrapper`` must be the wrapper's pinned bundle, ``members`` the pair's current member
    ids as this client knows them, ``pair_id``/``epoch`` what the caller asked for. Checks:
    the wrapper's signature over my own ``x_pk``, wrapper and recipient membership, every
    context field inside the box, and ``key_id``.
    """
    pair_id = canonical_id(pair_id)
    if env.pair_id != pair_id or (epoch is not None and env.epoch != epoch):
        raise VerificationError("envelope is for another pair or epoch")
    if env.recipient_id != me.user_id or env.recipient_key_version != me.key_version:
        raise VerificationError("envelope is for another recipient or key version")
    if env.wrapper_id != wrapper.user_id or env.wrapper_key_version != wrapper.key_version:
        raise VerificationError("envelope wrapper does not match the pinned key")
    if env.wrapper_id not in members or me.user_id not in members:
        raise VerificationError("wrapper or recipient is not a member of the pair")
    msg = _env_message(
        env.pair_id, env.epoch, me.user_id, me.x_pk, env.wrapper_id, env.key_id, env.sealed
    )
    verify(wrapper.ed_pk, msg, env.sig)
    try:
        parts = dec(box_seal_open(env.sealed, me.x_pk, me.x_sk))
    except EncodingError as exc:
        raise VerificationError("malformed envelope content") from exc
    expected = [b"pairkey", env.pair_id.encode(), str(env.epoch).encode(), me.user_id.encode()]
    if len(parts) != 5 or parts[:4] != expected or len(parts[4]) != KEY_BYTES:
        raise VerificationError("envelope context fields do not match")
    pk = PairKey(env.pair_id, env.epoch, parts[4])
    if pk.key_id != env.key_id:
        raise VerificationError("key_id does not match the pair key")
    return pk


class PairKeyRing:
    """Pair keys this client holds, by pair and epoch, plus the highest epoch it has seen.

    Clients write under the highest epoch they know; a server that later reports a lower
    one is holding a newer epoch back, which :meth:`check_server_epoch` turns into an error.
    """

    def __init__(self) -> None:
        self._keys: dict[str, dict[int, PairKey]] = {}
        self._highest: dict[str, int] = {}

    def add(self, pk: PairKey) -> None:
        self._keys.setdefault(pk.pair_id, {})[pk.epoch] = pk
        self._highest[pk.pair_id] = max(self._highest.get(pk.pair_id, 0), pk.epoch)

    def get(self, pair_id: str, epoch: int) -> PairKey:
        try:
            return self._keys[pair_id][epoch]
        except KeyError as exc:
            raise VerificationError(f"no key for pair {pair_id} epoch {epoch}") from exc

    def current(self, pair_id: str) -> PairKey:
        """Key to write with: the highest epoch known for the pair."""
        return self.get(pair_id, self._highest.get(pair_id, 0))

    def highest_epoch(self, pair_id: str) -> int:
        return self._highest.get(pair_id, 0)

    def pairs(self) -> list[str]:
        """Every pair with a known epoch (held key or only remembered)."""
        return sorted(self._highest)

    def check_server_epoch(self, pair_id: str, server_epoch: int) -> None:
        if server_epoch < self._highest.get(pair_id, 0):
            raise RollbackError(
                f"server reports epoch {server_epoch}, client knows {self._highest[pair_id]}"
            )

    def remember_epoch(self, pair_id: str, epoch: int) -> None:
        self._highest[pair_id] = max(self._highest.get(pair_id, 0), epoch)
