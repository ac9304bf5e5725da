"""The desk companion: the tray, the reminders and their bar in the window, and the
compact always-on-top panel, wired around the main window."""
