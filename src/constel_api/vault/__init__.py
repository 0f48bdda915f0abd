"""The vault: participants' end-to-end encrypted content, stored as ciphertext only.

Other domains call :func:`constel_api.vault.service.remove_member` when a member leaves a
mentorship. Nothing here decrypts, and nothing here logs a content field.
"""
