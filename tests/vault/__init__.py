"""Vault: key material, envelopes, records, files, access rules and the canary scan."""
