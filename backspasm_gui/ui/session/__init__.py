"""The session window: the stretch's words and picture, the ring, the four controls,
the header with sound and links, the pain question, the end page, and the Qt adapter
(``session_driver``) around the plain-Python session."""
