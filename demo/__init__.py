"""Demo content: the sample pages, documents and records `make run` shows, and the `seed_demo` loader.
Nothing imports this app; it may import every other app, and is the only place that may."""
