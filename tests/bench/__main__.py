"""`python -m tests.bench NAME [options]` (or `make bench BENCH_ARGS="NAME [options]"`) runs one benchmark.

NAME is a module of this folder: audit, home_page, legal_docs, listings, search, serving or soak; each
prints its own table and its own `--help`. Without NAME, the list is printed.
"""

import importlib
import sys

BENCHMARKS = {
    "audit": "the site history view and verify_audit_log at 100,000 sealed log entries (PostgreSQL)",
    "home_page": "what a phone downloads for the home page (HTML, CSS, JS), on the `make run` database",
    "legal_docs": "the legal documents list, filters and import at 50,000 documents (PostgreSQL)",
    "search": "site search over 100,000 news pages against Wagtail's default search (PostgreSQL)",
    "serving": "gunicorn straight and behind varnishd vs nginx static, wrk; results.json (PostgreSQL)",
    "listings": "the home page, /tin-tuc/ and related news queries at 1,000 and 20,000 articles (PostgreSQL)",
    "soak": "50 readers, 5 form senders through gunicorn, the database restarted midway (own PostgreSQL)",
}


def main(argv):
    if not argv or argv[0] not in BENCHMARKS:
        print(__doc__)
        for name, what in BENCHMARKS.items():
            print(f"  {name:<11} {what}")
        return 0 if not argv else 2
    name, options = argv[0], argv[1:]
    sys.argv = [f"tests.bench.{name}", *options]
    importlib.import_module(f"tests.bench.{name}").main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
