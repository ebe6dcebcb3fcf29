"""The ground floor: the abstract page with the publishing rule, site-wide settings, notices and visit
statistics, Vietnamese text helpers, pagination, the feed base, shared template tags and the scheduler.
May import no other project app; every other app may import it."""
