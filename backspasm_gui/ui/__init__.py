"""The widgets, grouped by what the person sees; each renders what it is given.

- ``session``: the main window with the stretch, the ring, the controls, the end page.
- ``figure``: the demonstration, the 3D figure doing the stretch.
- ``progress``: the history in the window, the calendar, the charts, the report dialog.
- ``settings``: the one settings dialog.
- ``desk``: the desk companion: tray, reminders, the compact panel.
- ``shared``: the theme, icons, zoom, language, and the small widgets all of them use.

The rules live in ``backspasm_gui.core``; nothing here decides what happens next.
"""
