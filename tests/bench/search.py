"""Search benchmark on PostgreSQL with 100,000 generated Vietnamese news items. Not collected by pytest.

    createdb -h 127.0.0.1 -U postgres duongkinh_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/duongkinh_bench .venv/bin/python -m tests.bench.search

Options: --items N (default 100000), --repeat N (timed runs per query, default 5). The database is the
bench's own: it is migrated, seeded with the demo portal, then filled (a second run reuses the items). Pages
are bulk-inserted (the tree and the NewsPage rows). The first 2,000 index entries are written by Wagtail's own
indexer (`add_items`, the code that runs on publish), which gives its throughput; the rest by one SQL
statement per batch that builds the same vectors from the same texts (the bench checks this on a sample),
so the index holds what publishing would have put there. The baseline is Wagtail's default database
search on the same pages: PostgreSQL's default text search configuration and a plain
`Page.objects.search(query)` (the portal's vectors are saved first and put back afterwards).
"""

import argparse
import os
import random
import statistics
import sys
import time

from .search_data import build_index, generate

ONE_WORD = ["phường", "phuong", "ngân sách", "đất", "dat", "khai sinh", "hộ tịch", "ho tich", "điện", "rác"]
TWO_WORDS = [
    "thủ tục",
    "thu tuc",
    "dân cư",
    "dan cu",
    "kinh tế",
    "kinh te",
    "đăng ký",
    "dang ky",
    "an toàn",
    "an toan",
]
FACETED = [
    ("phường", {"nam": "2025"}),
    ("dang ky", {"loai": "sections.newspage"}),
    ("kinh tế", {"muc": "tin-tuc"}),
]


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "duongkinh.settings.dev")
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database of its own (see the module docstring).")
    import django

    django.setup()


def timed(function, repeat):
    function()  # warm caches and plans
    samples = []
    for _run in range(repeat):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def p95(samples):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def our_search(query, params=None):
    from django.utils import translation

    from search.service import search_pages

    def run():
        with translation.override("vi"):
            outcome = search_pages({"q": query, **(params or {})})
            list(outcome.results)

    return run


def our_search_without_facets(query):
    """What the search page runs before its facets: the capped count and the first ranked page."""
    from wagtail.models import Locale, Page
    from wagtail.search.backends import get_search_backend

    from search.query import build_search_query
    from search.service import RESULTS_PER_PAGE, _matching_ids
    from search.text import parse_query

    backend = get_search_backend()

    def run():
        pages = Page.objects.live().public().filter(locale=Locale.get_default())
        search_query = build_search_query(parse_query(query), backend)
        results = backend.search(search_query, pages.specific())
        _matching_ids(results, backend, pages, search_query, Page)
        list(results[:RESULTS_PER_PAGE])

    return run


def explain(query):
    """The plans of the first band of the newest matches and of the newest title matches (see
    search.backends.postgres): which indexes PostgreSQL uses."""
    from django.db import connection
    from wagtail.models import Locale, Page
    from wagtail.search.backends import get_search_backend

    from search.backends.postgres import FIRST_BAND
    from search.query import build_search_query
    from search.text import parse_query

    backend = get_search_backend()
    pages = Page.objects.live().public().filter(locale=Locale.get_default())
    results = backend.search(build_search_query(parse_query(query), backend), pages.specific())
    compiler = results.query_compiler
    config = compiler.get_config(backend)
    newest = compiler._entry_bounds()["newest"]
    plans = []
    with connection.cursor() as cursor:
        for name, queryset in [
            (
                "first band",
                compiler.entry_matches(config).filter(object_number__gt=newest - FIRST_BAND)[:301],
            ),
            ("title matches", compiler.entry_matches(config, title_only=True)[:300]),
        ]:
            sql, params = queryset.values("pk").query.sql_with_params()
            cursor.execute("EXPLAIN (ANALYZE) " + sql, params)
            lines = [row[0] for row in cursor.fetchall()]
            used = sorted(
                {line.split(" using ")[1].split()[0] for line in lines if " using " in line}
                | {line.split(" on ")[1].split()[0] for line in lines if "Bitmap Index Scan on" in line}
            )
            total = next(line for line in lines if line.startswith("Execution Time"))
            plans.append(f"  {query!r} {name}: indexes {', '.join(used) or 'none'}; {total}")
    return plans


def default_search(query):
    from django.core.paginator import Paginator
    from wagtail.models import Locale, Page

    def run():
        pages = Page.objects.live().public().filter(locale=Locale.get_default()).specific()
        list(Paginator(pages.search(query, backend="baseline"), 15).get_page(1))

    return run


def publish_timings(news, repeat):
    from sections.models import NewsPage

    samples = []
    for number in range(repeat):
        page = NewsPage(
            title=f"Phường Dương Kinh tổ chức hội nghị số {number}", slug=f"bench-publish-{time.time_ns()}"
        )
        page.summary = "Ủy ban nhân dân phường tổ chức hội nghị tổng kết công tác năm với đông đảo người dân."
        news.add_child(instance=page)
        revision = page.save_revision()
        started = time.perf_counter()
        revision.publish()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


SAVED_VECTORS = "bench_search_saved_vectors"


def rebuild_with_default_configuration():
    """Rebuild the vectors with PostgreSQL's default configuration, as Wagtail does without SEARCH_CONFIG,
    after saving the portal's vectors (`restore_vectors` puts them back)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {SAVED_VECTORS}")
        cursor.execute(
            f"CREATE TABLE {SAVED_VECTORS} AS SELECT id, title, body FROM wagtailsearch_indexentry"
        )
        cursor.execute(
            "UPDATE wagtailsearch_indexentry SET "
            "title = setweight(to_tsvector(get_current_ts_config(), title_text), 'A'), "
            "body = setweight(to_tsvector(get_current_ts_config(), body_text), 'D')"
        )
        cursor.execute("ANALYZE wagtailsearch_indexentry")


def restore_vectors():
    """Put the portal's own vectors back after the baseline (also after an interrupted run), compacted."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s)", [SAVED_VECTORS])
        if cursor.fetchone()[0] is None:
            return
        print("Restoring the portal's index vectors …")
        cursor.execute(
            f"UPDATE wagtailsearch_indexentry e SET title = s.title, body = s.body FROM {SAVED_VECTORS} s"
            " WHERE s.id = e.id"
        )
        cursor.execute(f"DROP TABLE {SAVED_VECTORS}")
        cursor.execute("VACUUM FULL wagtailsearch_indexentry")
        cursor.execute("ANALYZE wagtailsearch_indexentry")


def row(name, samples):
    return f"| {name:<44} | {statistics.median(samples):>8.1f} | {p95(samples):>8.1f} | {len(samples):>5} |"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--no-index", action="store_true", help="measure with the index entries already there"
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip Wagtail's default search")
    options = parser.parse_args()
    setup_django()

    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from wagtail.search.backends import get_search_backend

    from sections.models import NewsIndexPage, NewsPage

    call_command("migrate", verbosity=0)
    restore_vectors()
    if not NewsIndexPage.objects.exists():
        print("Seeding the demo portal …")
        call_command("seed_demo", verbosity=0)
    news = NewsIndexPage.objects.first()
    existing = NewsPage.objects.filter(slug__startswith="bench-").count()
    backend = get_search_backend()
    if existing < options.items:
        if existing:
            sys.exit("The bench database has fewer generated items than asked: use a fresh database.")
        rng = random.Random(20251128)
        started = time.perf_counter()
        generate(options.items, news, rng)
        print(f"Generated {options.items} pages in {time.perf_counter() - started:.0f} s")
    throughput = None if options.no_index else build_index(backend)
    if throughput is not None:
        backend.get_index_for_model(NewsPage)._refresh_title_norms(full=True)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    news.refresh_from_db()
    total = NewsPage.objects.count()
    entries = backend.get_index_for_model(NewsPage).entries.count()
    print(
        f"\n{total} news pages, {entries} index entries;"
        f" search backend {type(backend).__name__}, config {backend.config}\n"
    )

    print("| measure (ms)                                 |   median |      p95 |  runs |")
    print("|----------------------------------------------|----------|----------|-------|")
    one = [sample for query in ONE_WORD for sample in timed(our_search_without_facets(query), options.repeat)]
    two = [
        sample for query in TWO_WORDS for sample in timed(our_search_without_facets(query), options.repeat)
    ]
    page_one = [sample for query in ONE_WORD for sample in timed(our_search(query), options.repeat)]
    faceted = [
        sample for query, params in FACETED for sample in timed(our_search(query, params), options.repeat)
    ]
    publish = publish_timings(news, max(3, options.repeat))
    plans = [line for query in ("phường", "ngân sách", "khai sinh hộ tịch") for line in explain(query)]
    print(row("one-word query (count + first page)", one))
    print(row("two-word query (count + first page)", two))
    print(row("search page, one word (facets, snippets)", page_one))
    print(row("search page with a filter (facets)", faceted))
    print(row("publish a news page (incl. index update)", publish))
    if throughput is not None:
        print(f"| {'Wagtail indexer throughput (items/s)':<44} | {throughput:>8.1f} |          |       |")
    print("\nPlans (EXPLAIN ANALYZE):")
    print("\n".join(plans))
    print()

    if options.no_baseline:
        return
    settings.WAGTAILSEARCH_BACKENDS["baseline"] = {"BACKEND": "wagtail.search.backends.database"}
    rebuild_with_default_configuration()
    baseline_one = [sample for query in ONE_WORD for sample in timed(default_search(query), options.repeat)]
    baseline_two = [sample for query in TWO_WORDS for sample in timed(default_search(query), options.repeat)]
    print(row("baseline: Wagtail default, one word", baseline_one))
    print(row("baseline: Wagtail default, two words", baseline_two))
    ratio_one = p95(one) / p95(baseline_one)
    ratio_two = p95(two) / p95(baseline_two)
    print(f"\np95 ratio, portal / Wagtail default: one word {ratio_one:.2f}, two words {ratio_two:.2f}")
    restore_vectors()


if __name__ == "__main__":
    main()
