"""Widgets that show data: tables, the column panel, jobs, charts, result comparison."""
