"""Legal documents benchmark on PostgreSQL: 50,000 generated documents. Not collected by pytest.

    createdb -h 127.0.0.1 -U postgres duongkinh_bench_docs
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/duongkinh_bench_docs \\
        .venv/bin/python -m tests.bench.legal_docs

Options: --documents N (default 50000), --requests N (timed list requests, default 200), --keep (reuse the
documents of an earlier run; skips the import measurement). The database is the bench's own: it is migrated
and seeded with the demo portal. The documents are written as a CSV file in the export format and loaded
with the import command's code (`legal_docs.importer.Importer`), so the import rate is measured on the same
path an operator uses: drafts, one revision per document, the import batch, the search index and the audit
log; the batch is then approved by another person (`importer.approval.approve_batch`, which publishes). The
list is requested through Django's test client (the whole stack: URL routing, the routable page, the
filters, the facet counts, the template), each time with two random filters and a random text query (ordered
by relevance), and the number of queries of each request is recorded. A static baseline (`/robots.txt`,
through the same client, interleaved) is timed too: the list's p95 is also given as a ratio to it, which
holds better than milliseconds on a machine shared with other work.
"""

import argparse
import csv
import os
import random
import statistics
import sys
import tempfile
import time

WORDS = [
    "quản lý",
    "đất đai",
    "xây dựng",
    "trật tự",
    "đô thị",
    "ngân sách",
    "kế hoạch",
    "chuyển đổi số",
    "cải cách hành chính",
    "an toàn thông tin",
    "phòng cháy",
    "môi trường",
    "giáo dục",
    "y tế",
    "văn hóa",
    "thể thao",
    "an ninh",
    "quốc phòng",
    "thu hồi đất",
    "bồi thường",
    "tái định cư",
    "dân cư",
    "giao thông",
    "chợ",
    "hộ kinh doanh",
    "thuế",
    "lễ hội",
    "bảo vệ dữ liệu",
    "cổng thông tin",
    "tiếp công dân",
]
LEADS = ["Về việc", "Ban hành quy định", "Kế hoạch", "Thông báo", "Quy chế", "Phê duyệt", "Hướng dẫn"]
QUERIES = [
    "quan ly dat dai",
    "quyết định",
    "ke hoach",
    "ngân sách",
    "chuyen doi so",
    "thu hoi dat",
    "an ninh",
    "cổng thông tin",
    "tiep cong dan",
    "le hoi",
    "xay dung",
    "giao thong",
    "1234",
    "qd-ubnd",
]
TYPES = ["quyet-dinh", "ke-hoach", "thong-bao", "cong-van", "chi-thi", "nghi-quyet", "bao-cao", "huong-dan"]
TYPE_CODES = {
    "quyet-dinh": "QĐ",
    "ke-hoach": "KH",
    "thong-bao": "TB",
    "cong-van": "UBND-VP",
    "chi-thi": "CT",
    "nghi-quyet": "NQ",
    "bao-cao": "BC",
    "huong-dan": "HD",
}
ISSUERS = [f"bench-issuer-{n}" for n in range(40)]
FIELDS = [f"bench-field-{n}" for n in range(25)]
SIGNERS = [f"bench-signer-{n}" for n in range(60)]


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "duongkinh.settings.dev")
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database of its own (see the docstring).")
    import django

    django.setup()


def write_csv(path, count, seed=2026):
    from legal_docs.exports import COLUMNS

    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for n in range(count):
            doc_type = rng.choice(TYPES)
            year = rng.randint(2000, 2026)
            issued = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            issuer = rng.choice(ISSUERS)
            fields = rng.sample(FIELDS, rng.randint(1, 3))
            signer = rng.choice(SIGNERS)
            summary = f"{rng.choice(LEADS)} {' '.join(rng.sample(WORDS, 4))} năm {year}"
            writer.writerow(
                {
                    "so_ky_hieu": f"{n + 1}/{year}/{TYPE_CODES[doc_type]}-UBND",
                    "loai": doc_type,
                    "co_quan": issuer,
                    "co_quan_ten": f"Ủy ban nhân dân đơn vị thử {issuer[-2:]}",
                    "cap_ban_hanh": "phuong",
                    "nguoi_ky": signer,
                    "nguoi_ky_ten": f"Người ký thử {signer[-2:]}",
                    "chuc_vu": "Chủ tịch",
                    "ngay_ban_hanh": issued,
                    "ngay_hieu_luc": issued if rng.random() < 0.6 else "",
                    "trich_yeu": summary,
                    "linh_vuc": "; ".join(fields),
                    "linh_vuc_ten": "; ".join(f"Lĩnh vực thử {f[-2:]}" for f in fields),
                    "noi_nhan_cong": "1" if rng.random() < 0.2 else "0",
                }
            )


def random_params(rng):
    filters = {
        "loai": lambda: rng.choice(TYPES),
        "co_quan": lambda: rng.choice(ISSUERS),
        "linh_vuc": lambda: rng.choice(FIELDS),
        "nguoi_ky": lambda: rng.choice(SIGNERS),
        "nam": lambda: str(rng.randint(2000, 2026)),
        "tinh_trang": lambda: rng.choice(["con-hieu-luc", "chua-co-hieu-luc", "het-hieu-luc"]),
        "tu_ngay": lambda: f"{rng.randint(2000, 2025)}-01-01",
    }
    chosen = rng.sample(sorted(filters), 2)
    params = {name: filters[name]() for name in chosen}
    params["q"] = rng.choice(QUERIES)
    return params


class QueryCounter:
    """A database execute wrapper that counts the statements run (cheaper than capturing them)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def bench_people(user_model, group_model, editor, chief):
    """The clerk who imports and the editor-in-chief who approves (two people: the two-person rule)."""
    people = []
    for username, role in (("bench-clerk", editor), ("bench-chief", chief)):
        user, _created = user_model.objects.get_or_create(username=username)
        user.groups.add(group_model.objects.get(name=role))
        people.append(user)
    return people


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    setup_django()

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Revision

    from core.permissions import EDITOR, EDITOR_IN_CHIEF
    from legal_docs.importer import Importer
    from legal_docs.importer.approval import approve_batch
    from legal_docs.models import LegalDocument, LegalDocumentIndexPage

    call_command("migrate", verbosity=0)
    if not LegalDocumentIndexPage.objects.live().exists():
        print("Seeding the demo portal…", flush=True)
        call_command("seed_demo", verbosity=0)
    rows = []
    bench_docs = LegalDocument.objects.filter(issuer__slug__startswith="bench-issuer-")
    if not args.keep or not bench_docs.exists():
        bench_docs.delete()
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "bench.csv")
            write_csv(path, args.documents)
            clerk, chief = bench_people(get_user_model(), Group, EDITOR, EDITOR_IN_CHIEF)
            revisions_before = Revision.objects.count()
            for label in ("import (new, with revisions)", "re-import (unchanged)"):
                queries = QueryCounter()
                with connection.execute_wrapper(queries):
                    started = time.perf_counter()
                    result = Importer(user=clerk, create_taxonomies=True).run(path)
                    elapsed = time.perf_counter() - started
                assert not result.errors, result.errors[:3]
                per_10k = f"{elapsed * 10_000 / args.documents:.2f} s"
                rows.append((label, f"{args.documents / elapsed:,.0f} rows/s", f"{elapsed:.1f} s"))
                rows.append((f"{label}: per 10,000 rows", per_10k, f"{queries.count} queries in all"))
                if result.created:
                    assert Revision.objects.count() - revisions_before == result.created, "a revision each"
                    started = time.perf_counter()
                    published, _left_out = approve_batch(result.batch, chief)
                    elapsed = time.perf_counter() - started
                    rows.append(
                        ("approval of the batch", f"{published / elapsed:,.0f} docs/s", f"{elapsed:.1f} s")
                    )
        # What autovacuum does shortly after a large import: statistics for the planner, the GIN indexes'
        # pending lists merged, the visibility map set (index-only scans of the fields table).
        with connection.cursor() as cursor:
            for table in (
                "legal_docs_legaldocument",
                "legal_docs_legaldocument_fields",
                "legal_docs_legaldocumentrelation",
                "wagtailsearch_indexentry",
            ):
                cursor.execute(f"VACUUM ANALYZE {table}")
    total = LegalDocument.objects.public().count()
    # The import also fed the search index (in bulk): every generated document has its index entry.
    from django.contrib.contenttypes.models import ContentType
    from modelsearch.conf import get_app_config

    index_entries = (
        get_app_config()
        .get_model("IndexEntry")
        .objects.filter(
            content_type=ContentType.objects.get_for_model(LegalDocument),
            object_id__in=[str(pk) for pk in bench_docs.values_list("pk", flat=True)],
        )
    )
    assert index_entries.count() == bench_docs.count(), "imported documents missing from the search index"

    client = Client(HTTP_HOST="localhost")
    rng = random.Random(7)
    assert client.get("/van-ban/").status_code == 200  # warm the page, the site and the template caches
    timings, baseline, query_counts = [], [], set()
    for _ in range(args.requests):
        params = random_params(rng)
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get("/van-ban/", params)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
        query_counts.add(len(queries))
        started = time.perf_counter()
        assert client.get("/robots.txt").status_code == 200
        baseline.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    response = client.get("/van-ban/", {"q": "quyet dinh 218"})
    plain_ms = (time.perf_counter() - started) * 1000
    assert "218/2025/QĐ-UBND" in response.content.decode()

    rows += [
        ("documents in the database", f"{total:,}", ""),
        ("list, 2 filters + text: p50", f"{statistics.median(timings):.0f} ms", f"{args.requests} requests"),
        ("list, 2 filters + text: p95", f"{percentile(timings, 0.95):.0f} ms", "target < 150 ms"),
        ("list, 2 filters + text: max", f"{max(timings):.0f} ms", ""),
        ("static baseline (/robots.txt): p95", f"{percentile(baseline, 0.95):.1f} ms", "interleaved"),
        ("list p95 / baseline p95", f"{percentile(timings, 0.95) / percentile(baseline, 0.95):.1f}x", ""),
        ("queries per list request", ", ".join(str(n) for n in sorted(query_counts)), "bounded"),
        ("'quyet dinh 218' alone", f"{plain_ms:.0f} ms", ""),
    ]
    width = max(len(row[0]) for row in rows)
    print(f"\n{'measure'.ljust(width)}  {'value':>16}  note")
    print(f"{'-' * width}  {'-' * 16}  {'-' * 20}")
    for label, value, note in rows:
        print(f"{label.ljust(width)}  {value:>16}  {note}")


if __name__ == "__main__":
    main()
