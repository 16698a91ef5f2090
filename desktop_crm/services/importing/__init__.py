"""Moving in: import and export of customers and deals (issue 11)."""
