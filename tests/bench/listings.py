"""The listings' queries at 1,000 and 20,000 news articles on PostgreSQL: their plans and times stay flat.

    createdb -h 127.0.0.1 -U postgres dk_listings
    DATABASE_URL=postgres://postgres@127.0.0.1/dk_listings .venv/bin/python -m tests.bench listings

Options: --sizes 1000,20000 (the numbers of generated articles measured one after the other), --repeat N,
--no-migrate (measure the schema as it is, e.g. before a migration), --plans.
The database is the bench's own: it is migrated and seeded with the demo portal, then filled with generated
news (tests/bench/search_data.py) spread over the demo's categories. For each size it prints the execution
time (EXPLAIN ANALYZE, median of the runs) of the home page's news query, the first page of /tin-tuc/ and
the related news of an article, and whether the plan reads the news table through an index or sorts it.
"""

import argparse
import os
import random
import statistics
import sys

from .search_data import generate


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "duongkinh.settings.dev")
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database of its own (see the module docstring).")
    import django

    django.setup()


def queries():
    """The querysets the pages run, built by the code the pages use."""
    from wagtail.models import Page

    from home.listings import HOME_NEWS_COUNT
    from home.models import HomePage
    from sections.models import NewsIndexPage, NewsPage
    from sections.templatetags.news_tags import related_news

    home = HomePage.objects.filter(locale__language_code="vi").first()
    news = NewsIndexPage.objects.child_of(home).first()
    article = NewsPage.objects.child_of(news).exclude(category=None).order_by("date").first()
    private = Page.objects.all().private_q()
    return {
        "home page news": NewsPage.objects.descendant_of(home)
        .live()
        .exclude(private)
        .select_related("image", "category")
        .order_by("-date", "-pk")[:HOME_NEWS_COUNT],
        "/tin-tuc/ first page": news.get_items()[:12],
        "/tin-tuc/ page count": lambda: news.get_items().count(),
        "related news (SQL of the tag)": lambda: related_news(article),
    }


def captured_sql(function):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    # Filling the database saturated the query log (9,000 entries): captured from a full log, nothing shows.
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as captured:
        function()
    return [query["sql"] for query in captured.captured_queries]


def explain(sql, repeat):
    """The median execution time in ms and the plan's first lines, of one SQL statement."""
    from django.db import connection

    times, plan = [], []
    with connection.cursor() as cursor:
        for _run in range(repeat):
            cursor.execute(f"EXPLAIN (ANALYZE, FORMAT TEXT) {sql}")
            plan = [row[0] for row in cursor.fetchall()]
            times.append(float(plan[-1].split(":")[1].split()[0]))
    return statistics.median(times), plan


def measure(repeat):
    rows = {}
    for name, queryset in queries().items():
        run = queryset if callable(queryset) else (lambda queryset=queryset: list(queryset))
        total, plans = 0.0, []
        for sql in captured_sql(run):
            if "sections_newspage" not in sql:
                continue  # the prefetches of images, whose cost does not depend on the number of articles
            time_ms, plan = explain(sql, repeat)
            total += time_ms
            plans.append(plan)
        text = "\n".join(line for plan in plans for line in plan)
        rows[name] = (total, "Seq Scan on sections_newspage" in text, text)
    return rows


def fill(target, rng):
    from django.db import connection

    from sections.models import NewsCategory, NewsIndexPage, NewsPage

    news = NewsIndexPage.objects.filter(locale__language_code="vi").first()
    existing = NewsPage.objects.filter(slug__startswith="bench-").count()
    if existing < target:
        generate(target - existing, news, rng)
        categories = list(NewsCategory.objects.filter(locale_id=news.locale_id).values_list("pk", flat=True))
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE sections_newspage SET category_id = (%s::bigint[])[1 + page_ptr_id %% %s]"
                " WHERE category_id IS NULL",
                [categories, len(categories)],
            )
            cursor.execute("ANALYZE")
    return NewsPage.objects.count()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,20000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--plans", action="store_true", help="print the plans too")
    parser.add_argument("--no-migrate", action="store_true")
    options = parser.parse_args()
    setup_django()
    from django.core.management import call_command

    from sections.models import NewsIndexPage

    if not options.no_migrate:
        call_command("migrate", verbosity=0)
    if not NewsIndexPage.objects.exists():
        print("Seeding the demo portal …")
        call_command("seed_demo", verbosity=0)
    rng = random.Random(2026)
    results = {}
    for size in [int(size) for size in options.sizes.split(",")]:
        total = fill(size, rng)
        results[total] = measure(options.repeat)
    sizes = list(results)
    print(
        "\n| query (EXPLAIN ANALYZE, ms) | "
        + " | ".join(f"{size:>7} news" for size in sizes)
        + " | sorts the table |"
    )
    print("|---|" + "---|" * len(sizes) + "---|")
    for name in results[sizes[0]]:
        times = " | ".join(f"{results[size][name][0]:>12.2f}" for size in sizes)
        seq = any(results[size][name][1] for size in sizes)
        print(f"| {name:<27} | {times} | {'yes' if seq else 'no'} |")
    if options.plans:
        for name, (_time, _seq, text) in results[sizes[-1]].items():
            print(f"\n{name}:\n{text}")


if __name__ == "__main__":
    main()
