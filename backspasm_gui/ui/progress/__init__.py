"""Progress: the history as the window keeps it, today against the goal, the calendar,
the charts, and the clinician's report dialog."""
