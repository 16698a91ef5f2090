"""What the rooms of the window share: widgets, message texts, the room declarations and the
report-saving helper. The rooms never import each other; they import this."""
