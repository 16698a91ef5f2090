"""File → Import… (the import wizard) and File → Import history… (issue 11)."""
