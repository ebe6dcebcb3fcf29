"""Content: the page types of the mandatory sections (Nghị định 42/2022, 224/2026; Luật Tiếp cận thông tin),
their listings, feeds and calendars. May import only core."""
