"""What every capability shares: errors, validation, settings, optimistic locking."""
