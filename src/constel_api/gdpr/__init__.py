"""GDPR rights: data export (art. 15/20), erasure (art. 17), retention purge, audit log."""
