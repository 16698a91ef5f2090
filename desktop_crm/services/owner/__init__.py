"""The owner's view: opportunities, key figures, summaries (issue 12)."""
