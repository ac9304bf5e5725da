"""The desktop around the app: start on login, one instance per user, notifications."""
