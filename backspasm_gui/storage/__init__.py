"""Where the app keeps what it remembers: settings (QSettings), later the history."""
