"""Search backends tuned for Vietnamese. The database backend is Wagtail's own (see settings)."""
