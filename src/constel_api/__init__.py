"""Constel API: mentoring programs whose participant content is end-to-end encrypted."""

__version__ = "0.1.0"
