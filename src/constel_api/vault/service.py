"""Vault rules: who may read and write key material, envelopes, records and files.

The server checks shapes, signatures it can check with public keys, membership, versions
and epochs. It never holds a key that decrypts anything, and it never logs a content
field. Non-members get 404 (the pair's content is none of their business, not even its
existence).

The rules live in one module per concern: :mod:`~constel_api.vault.keys` (key material
and bundles), :mod:`~constel_api.vault.pairs` (membership, epochs, envelopes),
:mod:`~constel_api.vault.records` and :mod:`~constel_api.vault.files`. This module keeps
the names other domains (mentorships, GDPR export) and tests import from here.
"""

from __future__ import annotations

from constel_api.vault.files import stream_chunks
from constel_api.vault.pairs import current_members, remove_member
from constel_api.vault.records import PRIVATE_TYPES

__all__ = ["PRIVATE_TYPES", "current_members", "remove_member", "stream_chunks"]
