"""Chimes and spoken guidance, listening to the session's events."""
