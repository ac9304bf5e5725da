"""The demonstration: the 3D figure doing the stretch, in the window, the compact panel,
the screenshots and the exported pictures."""
