"""The PySide6 desktop shell. It only calls synthstudio.core; the core never imports it."""
