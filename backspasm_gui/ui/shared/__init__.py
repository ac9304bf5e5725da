"""What every screen uses: the theme, icons, the app icon, text size (zoom), the
language, scrolling areas, the notice bar, and the first-paint hook."""
