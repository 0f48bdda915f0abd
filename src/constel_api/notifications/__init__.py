"""Notifications: in-app list, e-mail without content, reminders, expiries, password links."""
