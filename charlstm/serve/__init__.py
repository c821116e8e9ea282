"""`charlstm serve`: a local page where a model reads the user's text live (server.py serves
it; reading.py computes what it shows; static/ is the page)."""
