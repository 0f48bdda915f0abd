"""Mentorship lifecycle: consent, charter signatures, first meeting, withdrawal, completion."""
