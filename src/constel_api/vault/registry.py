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
MAX_FILE_BYTES = 25 * 1024 * KIB
MAX_FILE_CHUNKS = -(-MAX_FILE_BYTES // FILE_CHUNK_BYTES)

PRIVATE_EPOCH = 0


@dataclass(frozen=True)
class RecordType:
    name: str
    fields: frozenset[str]
    max_padded: int  # per field, padded plaintext bytes
    shared_edit: bool = False  # any current member may write a new version
    private: bool = False  # author only, epoch 0 (key derived from the author's UK)
    file: bool = False  # carries a secretstream uploaded under /vault/files


def _t(name: str, fields: set[str], max_padded: int, **flags: bool) -> RecordType:
    return RecordType(name, frozenset(fields), max_padded, **flags)


RECORD_TYPES: dict[str, RecordType] = {
    t.name: t
    for t in (
        _t("session_preparation", {"body", "topics"}, 32 * KIB, shared_edit=True),
        _t("session_report", {"body", "next_steps"}, 64 * KIB),
        _t("private_note", {"body"}, 64 * KIB, private=True),
        _t("objective", {"title", "description", "status"}, 8 * KIB, shared_edit=True),
        _t("action_item", {"title", "details", "status"}, 8 * KIB, shared_edit=True),
        _t("resource_meta", {"meta"}, 4 * KIB),
        # Plaintext is the 24-byte secretstream header: one padded block.
        _t("resource_file", {"content"}, PAD_BLOCK, file=True),
        _t("introduction", {"body"}, 16 * KIB),
        _t("feedback", {"body"}, 16 * KIB),
        _t("consent_record", {"body"}, 4 * KIB),
        _t("withdrawal_message", {"body"}, 8 * KIB),
        _t("session_place", {"place"}, 2 * KIB, shared_edit=True),
    )
}
