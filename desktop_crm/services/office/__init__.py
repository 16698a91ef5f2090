"""The office's own housekeeping: backups and restore."""
