"""The pain rating: 0 (no pain) to 10 (the worst pain imaginable), the numeric rating
scale clinicians use. Its own module so the window's 0-10 buttons need nothing else
of the history at start."""

from __future__ import annotations

PAIN_MIN, PAIN_MAX = 0, 10
