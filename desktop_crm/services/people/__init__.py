"""The office's people: who they are and which role they hold."""
