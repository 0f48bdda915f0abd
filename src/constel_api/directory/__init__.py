"""The organisation's staff directory: people, CSV import and the management chain."""
