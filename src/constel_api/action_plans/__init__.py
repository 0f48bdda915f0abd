"""Action-plan items: owner, due date, status, optional séance (content in the vault)."""
