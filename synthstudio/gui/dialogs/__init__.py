"""Dialogs: errors with copyable details, About, Settings, and yes/no prompts."""
