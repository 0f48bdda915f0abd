"""Introductions the mentor proposes from their network (details in the vault)."""
