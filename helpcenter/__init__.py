"""Plain-Python logic of the help center (no MkDocs imports)."""
