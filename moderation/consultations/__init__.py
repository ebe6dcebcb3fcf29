"""Comments from the public on drafts under consultation (lấy ý kiến dự thảo): received, moderated, shown
on the consultation page once approved, exported to XLSX for the drafting unit."""
