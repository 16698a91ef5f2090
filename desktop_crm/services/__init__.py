"""Rules and workflows: every read and write the UI asks for passes through here (no Qt)."""
