"""What the server and the client must agree on byte for byte: the protocol's framing.

The server validates records with the same encoding the client signs with, and neither
depends on the other: both import this package (see docs/protocol.md).
"""
