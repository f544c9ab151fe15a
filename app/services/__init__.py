"""Use-cases: the only way the UI changes data. Services flush; callers commit."""
