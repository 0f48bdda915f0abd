"""Pair conversations: ``message`` vault records with an order, read positions and rules."""
