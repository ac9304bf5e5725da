"""Progress: the history as the window keeps it, today against the goal, the calendar,
the charts, and the clinician's report dialog.

A module a thing the person sees, so a change to one is made in one place:

- ``history_keeper``: the history in the window; opens the view, writes the exports.
- ``progress_view``: the dialog; places the parts below and sizes their text.
- ``today_and_streak``: the lines at the top: today against the goal, the streak.
- ``calendar_card`` and ``calendar_chart``: the last 8 weeks, as a widget with its
  tooltips and its sentence, and as painted.
- ``pain_card`` and ``pain_chart``: pain before and after sessions, likewise.
- ``chart_widget`` and ``chart_drawing``: what the two charts share, as widgets and
  in painting (dates, colours, thin lines, legends).
- ``report_dialog``: what the clinician's report covers.
"""
