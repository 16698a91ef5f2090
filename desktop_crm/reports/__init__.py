"""reportlab documents built from service results (no Qt)."""
