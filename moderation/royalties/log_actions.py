"""The audit log actions of royalties (Wagtail's ModelLogEntry; registered in wagtail_hooks)."""

RECORD_CREATE = "royalties.record.create"
RECORD_CHANGE = "royalties.record.change"
RECORD_DELETE = "royalties.record.delete"
LINE_PAID = "royalties.line.paid"
LINE_UNPAID = "royalties.line.unpaid"
RATE_CHANGE = "royalties.rate.change"
