"""Séances (mentoring sessions) as metadata, and each participant's iCalendar feed."""
