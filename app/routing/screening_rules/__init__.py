"""The risk screener's rule tables, one module per risk family (see `screening_patterns`)."""
