"""After the sale: complaints, surveys, reminders (issue 13)."""
