"""The compliance report: each check a small function registered in `registry`, grouped by module
(publication, deadlines, content, conformance); `report.run()` runs them all."""
