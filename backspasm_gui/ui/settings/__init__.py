"""The settings dialog: the routine, sound, reminders and look."""
