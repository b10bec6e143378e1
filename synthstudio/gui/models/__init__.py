"""Qt item models over the core's data (tables, column summaries)."""
