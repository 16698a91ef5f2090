"""PySide6 windows, dialogs and Qt models over service results."""
