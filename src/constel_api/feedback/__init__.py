"""Feedback inside a pair: text in the vault, an optional satisfaction score for aggregates."""
