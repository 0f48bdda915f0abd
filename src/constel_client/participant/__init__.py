"""A participant's own client: the whole vault protocol on top of :class:`VaultApi`.

Keys live only in this object's memory. Everything sent to the server is ciphertext,
public keys or signatures; everything received is verified before it is trusted
(bundles against local pins, envelopes against the wrapper's pinned key, records
against the author's key, epochs against the highest one seen).

    p = Participant(api, me["id"])
    recovery_key = await p.create_identity("my vault passphrase")  # show once
    await p.create_pair_key(pair_id)             # epoch 1, once both bundles exist
    rec = await p.write_record(pair_id, "session_report", {"body": "..."})
    opened = await p.read_record(rec.record_id)
"""

from __future__ import annotations

from .files import FilesClient
from .records import OpenedRecord


class Participant(FilesClient):
    """One person's client: identity, other people's keys, pair keys, records and files,
    each layer (one module each) building on the ones before. The constructor's
    arguments are :class:`~constel_client.participant.identity.IdentityClient`'s."""


__all__ = ["OpenedRecord", "Participant"]
