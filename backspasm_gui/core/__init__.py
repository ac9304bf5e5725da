"""Plain-Python heart of the app: routine, session state machine, text content.

Nothing here imports Qt (tests/core/test_no_qt.py proves it), so every rule of
the session can be tested with a fake clock and no screen.
"""
