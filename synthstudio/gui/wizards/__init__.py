"""QWizards: importing a table, planning a synthesis."""
