"""The Qt-free core: every computation lives here; the GUI and the CLI only drive it."""
