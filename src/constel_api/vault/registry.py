"""The fixed registry of record types, their fields and their size caps.

Caps are on the padded plaintext (``len(ct) - 40``), which the server can check without
reading anything: padding to 256-byte steps is all the length it learns.
"""

from __future__ import annotations

from dataclasses import dataclass

KIB = 1024
PAD_BLOCK = 256
NONCE_BYTES = 24
TAG_BYTES = 16
SEAL_OVERHEAD = NONCE_BYTES + TAG_BYTES
DEK_BYTES = 32
WDEK_BYTES = SEAL_OVERHEAD + DEK_BYTES
SIG_BYTES = 64
KEY_ID_BYTES = 16
PUBLIC_KEY_BYTES = 32
SALT_BYTES = 16
BOX_SEAL_OVERHEAD = 48

# Files: secretstream chunks of 64 KiB plaintext, each 17 bytes longer once encrypted.
FILE_CHUNK_BYTES = 64 * KIB
FILE_CHUNK_ABYTES = 17
FILE_CIPHER_CHUNK_BYTES = FILE_CHUNK_BYTES + FILE_CHUNK_ABYTES
# 1.1: the final chunk's plaintext is ``pad(last, 4096)``, under 64 KiB before padding
# (a file of an exact multiple of 64 KiB ends with an empty final chunk).
FILE_FINAL_PAD = 4 * KIB
MAX_FILE_BYTES = 25 * 1024 * KIB
MAX_FILE_CHUNKS = -(-MAX_FILE_BYTES // FILE_CHUNK_BYTES)

PRIVATE_EPOCH = 0


FORMAT_V1 = 1  # protocol 1.0: AAD "record", any subset of the type's v1 fields
FORMAT_V2 = 2  # protocol 1.1: AAD "record2" binding parent, subject and the field list
FORMATS = (FORMAT_V1, FORMAT_V2)


@dataclass(frozen=True)
class RecordType:
    """A record type: its v1 fields, and its 1.1 shape (``required`` plus ``optional``)."""

    name: str
    required: frozenset[str]
    optional: frozenset[str]
    max_padded: int  # per field, padded plaintext bytes
    v1_fields: frozenset[str]
    shared_edit: bool = False  # any current member may write a new version
    private: bool = False  # author only, epoch 0 (key derived from the author's UK)
    file: bool = False  # carries a secretstream uploaded under /vault/files
    routed: bool = False  # written only through its own domain's routes (e.g. messages)

    @property
    def fields(self) -> frozenset[str]:
        """Every field name any format of this type may carry."""
        return self.required | self.optional | self.v1_fields

    def shape_ok(self, names: set[str]) -> bool:
        """1.1: every required field present, nothing outside the declared shape."""
        return self.required <= names <= self.required | self.optional


def _t(
    name: str, required: set[str], max_padded: int, *, optional: frozenset[str] = frozenset(),
    v1: set[str] | None = None, **flags: bool,
) -> RecordType:
    v1_fields = frozenset(v1 if v1 is not None else required | optional)
    return RecordType(
        name, frozenset(required), frozenset(optional), max_padded, v1_fields, **flags
    )


_O = frozenset
# The 1.1 shapes: what a record must and may carry. The fields the pair relies on are
# optional to the server (it cannot read them anyway); clients write them and show a
# mismatch with the clear metadata (see docs/protocol.md):
# ``session_report.session`` is UTF-8 JSON {"session_id": id, "starts_at": ISO 8601},
# ``objective.status`` / ``action_item.status`` the status word as the API spells it.
RECORD_TYPES: dict[str, RecordType] = {
    t.name: t
    for t in (
        _t("session_preparation", {"body"}, 32 * KIB, optional=_O({"topics"}),
           shared_edit=True),
        _t("session_report", {"body"}, 64 * KIB, optional=_O({"next_steps", "session"}),
           v1={"body", "next_steps"}),
        _t("private_note", {"body"}, 64 * KIB, private=True),
        _t("objective", {"title"}, 8 * KIB, optional=_O({"description", "status"}),
           shared_edit=True),
        _t("action_item", {"title"}, 8 * KIB, optional=_O({"details", "status"}),
           shared_edit=True),
        _t("resource_meta", {"meta"}, 4 * KIB),
        # Plaintext is the 24-byte secretstream header: one padded block.
        _t("resource_file", {"content"}, PAD_BLOCK, file=True),
        _t("introduction", {"body"}, 16 * KIB),
        _t("feedback", {"body"}, 16 * KIB),
        _t("consent_record", {"body"}, 4 * KIB),
        _t("withdrawal_message", {"body"}, 8 * KIB),
        _t("session_place", {"place"}, 2 * KIB, shared_edit=True),
        # 64 KiB of plaintext at most: sodium_pad always adds a byte, hence one more block.
        # Written through /api/v1/pairs/{id}/messages (read-only pairs, edit window, cursors).
        _t("message", {"body"}, 64 * KIB + PAD_BLOCK, routed=True),
    )
}

# The keyring: one sealed blob per person (pins, verification, highest epochs).
KEYRING_MAX_BYTES = 256 * KIB
