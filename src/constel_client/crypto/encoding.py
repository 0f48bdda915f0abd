"""The protocol's framing, as the client's public API (defined in ``constel_protocol``)."""

from constel_protocol.encoding import Field, b64d, b64e, canonical_id, dec, enc, field_bytes

__all__ = ["Field", "b64d", "b64e", "canonical_id", "dec", "enc", "field_bytes"]
