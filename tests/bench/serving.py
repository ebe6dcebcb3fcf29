"""Serving benchmark: gunicorn (2 sync workers, production settings) straight and behind varnishd, against
nginx serving the same HTML as a static file; wrk -t2 -c16 on loopback. Not collected by pytest.

    createdb -h 127.0.0.1 -U postgres dk_bench
    DATABASE_URL=postgres://postgres@127.0.0.1/dk_bench REDIS_URL=redis://127.0.0.1:6379/9 \\
        .venv/bin/python -m tests.bench serving --news 10000,100000

Four targets: gunicorn as production runs it (with the page cache, core/page_cache.py), the same without
the page cache (PAGE_CACHE=0: what building each page costs, the figure that must stay flat as content
grows), varnishd in front of the first, and nginx.

Options: --news N[,N…] (generated news articles measured one size after the other; the database keeps them),
--duration S (seconds per wrk run, default 15), --rounds N (interleaved rounds, medians, default 3), --port P
(first of four loopback ports, default 8180), --pages NAME[,NAME…] (only the pages whose names start so: home,
news list, news article, legal documents, search). Needs wrk, nginx and varnishd (scripts/test-services with
WITH_BENCH=1). Writes var/bench/results.json (name, target, rps, p50 and p99 in ms, SQL queries of a warm
request) and prints each figure as a ratio to nginx's rate for the same bytes (wrk asks for gzip as browsers
do; nginx serves the page gzipped at level 6 as Varnish keeps it), then the time from a publish to the new
article showing through Varnish.
"""

import argparse
import gzip
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from .search_data import generate

ROOT = Path(__file__).resolve().parents[2]
SECRET = "bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz-0123456789"
NGINX_CONF = """
worker_processes 2; pid {dir}/nginx.pid; error_log {dir}/nginx-error.log; daemon off;
events {{ worker_connections 1024; }}
http {{ access_log off; default_type text/html; sendfile on;
  server {{ listen 127.0.0.1:{port}; root {dir}/static-html; gzip_static on;
    location / {{ try_files /page.html =404; }} }} }}
"""


def environment(options):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="duongkinh.settings.production",
        DJANGO_SECRET_KEY=SECRET,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_STATIC_ROOT=str(ROOT / "var" / "bench" / "static"),
        VARNISH_URL=f"http://127.0.0.1:{options.port + 1}",
        LOG_LEVEL="WARNING",
    )
    return env


def setup_django(env):
    if not env.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database of its own (see the module docstring).")
    os.environ.update(env)
    import django

    django.setup()


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=5).read()  # noqa: S310 - loopback
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer")


def gunicorn_command(port):
    """gunicorn as the benchmarks run it: 2 sync workers on loopback, production settings from the env."""
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    return [
        gunicorn,
        "duongkinh.wsgi:application",
        "--workers",
        "2",
        "--bind",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
    ]


def start_servers(options, env, workdir):
    app, cache, static, uncached = options.port, options.port + 1, options.port + 2, options.port + 3
    gunicorn = subprocess.Popen(
        gunicorn_command(app),
        cwd=ROOT,
        env=env,
    )
    # The same application without its page cache (core/page_cache.py): what a page costs to build.
    builder = subprocess.Popen(gunicorn_command(uncached), cwd=ROOT, env={**env, "PAGE_CACHE": "0"})
    vcl = workdir / "portal.vcl"
    shutil.copy(ROOT / "deploy" / "varnish" / "portal.vcl", vcl)
    backend = (ROOT / "deploy" / "varnish" / "backend.vcl").read_text()
    backend = backend.replace('"app";', '"127.0.0.1";').replace('.port = "8000";', f'.port = "{app}";')
    (workdir / "backend.vcl").write_text(backend.replace('    "app";\n', "").replace('    "worker";\n', ""))
    varnish = subprocess.Popen(
        [
            "varnishd",
            "-F",
            "-j",
            "none",
            "-n",
            str(workdir / "varnish"),
            "-a",
            f"127.0.0.1:{cache}",
            "-f",
            str(vcl),
            "-p",
            f"vcl_path={workdir}",
            "-s",
            "malloc,256m",
            "-T",
            "none",
        ],
        stdout=subprocess.DEVNULL,
    )
    # mkdtemp makes the folder 0700: nginx started as root serves from workers that run as nobody, which
    # could not read page.html then (every request a 404 of a few bytes, measured as the baseline).
    workdir.chmod(0o755)
    (workdir / "static-html").mkdir(exist_ok=True)
    (workdir / "nginx.conf").write_text(NGINX_CONF.format(dir=workdir, port=static))
    nginx = subprocess.Popen(["nginx", "-c", str(workdir / "nginx.conf")])
    wait_for(f"http://127.0.0.1:{app}/robots.txt")
    wait_for(f"http://127.0.0.1:{cache}/robots.txt")
    wait_for(f"http://127.0.0.1:{uncached}/robots.txt")
    ports = {"gunicorn": app, "varnish": cache, "nginx": static, "gunicorn, no page cache": uncached}
    return [gunicorn, varnish, nginx, builder], ports


def wrk(port, path, duration):
    output = subprocess.run(
        [
            "wrk",
            "-t2",
            "-c16",
            f"-d{duration}s",
            "--latency",
            # As every browser asks: Varnish keeps pages gzipped and nginx serves the same gzipped bytes.
            "-H",
            "Accept-Encoding: gzip",
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    if errors:
        # A 404 or 503 is not the page: say so rather than report its rate.
        print(f"  warning: {errors.group(1)} non-2xx responses from 127.0.0.1:{port}{path}", flush=True)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    return rps, latency(output, "50%"), latency(output, "99%")


def latency(output, percentile):
    value, unit = re.search(rf"{percentile}\s+([\d.]+)(us|ms|s)", output).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def warm_queries(path, page_cache):
    """SQL queries of a warm request (the page asked once before), with or without the page cache."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    with override_settings(PAGE_CACHE=page_cache):
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
    return len(captured.captured_queries)


def pages():
    from legal_docs.models import DocumentType
    from sections.models import NewsIndexPage, NewsPage

    news = NewsIndexPage.objects.filter(locale__language_code="vi").first()
    article = NewsPage.objects.child_of(news).live().order_by("-date", "-pk").first()
    kind = DocumentType.objects.order_by("pk").first()
    filters = f"?loai={kind.slug}&nam=2025" if kind else "?nam=2025"
    return {
        "home": "/",
        "news list": "/tin-tuc/",
        "news article": article.url,
        "legal documents, two filters": f"/van-ban/{filters}",
        "search": "/tim-kiem/?q=ph%C6%B0%E1%BB%9Dng",
    }


def measure(ports, paths, options, workdir):
    results = []
    for name, path in paths.items():
        body = urllib.request.urlopen(f"http://127.0.0.1:{ports['gunicorn']}{path}").read()  # noqa: S310
        (workdir / "static-html" / "page.html").write_bytes(body)
        (workdir / "static-html" / "page.html.gz").write_bytes(gzip.compress(body, 6))
        queries = {"gunicorn": warm_queries(path, True), "gunicorn, no page cache": warm_queries(path, False)}
        for port in ports.values():
            wrk(port, path, 2)  # warm-up
        samples = {target: [] for target in ports}
        for _round in range(options.rounds):
            for target, port in ports.items():
                samples[target].append(wrk(port, path, options.duration))
        for target, runs in samples.items():
            results.append(
                {
                    "name": name,
                    "path": path,
                    "target": target,
                    "bytes": len(body),
                    "rps": statistics.median(run[0] for run in runs),
                    "p50_ms": statistics.median(run[1] for run in runs),
                    "p99_ms": statistics.median(run[2] for run in runs),
                    "sql_queries": queries.get(target),
                }
            )
        print(f"  measured {name}", flush=True)
    return results


def workflow_people():
    """An author, the editor who approves the first step and the editor-in-chief who approves the last:
    three people, as the review rule requires (moderation/review_rule.py)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from moderation import roles

    people = []
    for username, role in (
        ("bench-author", roles.EDITOR),
        ("bench-editor", roles.EDITOR),
        ("bench-chief", roles.EDITOR_IN_CHIEF),
    ):
        user, _created = get_user_model().objects.get_or_create(username=username)
        user.groups.add(Group.objects.get(name=role))
        people.append(user)
    return people


def publish_to_visible(ports):
    """Submit a new article to the review workflow, approve its first step, then time from the
    editor-in-chief's final approval (which publishes it) to the article showing on the news list through
    Varnish."""
    from sections.models import NewsIndexPage, NewsPage

    author, editor, chief = workflow_people()
    news = NewsIndexPage.objects.filter(locale__language_code="vi").first()
    url = f"http://127.0.0.1:{ports['varnish']}/tin-tuc/"
    # Under wrk's load the health probe may have timed out: let Varnish see the application healthy again.
    time.sleep(20)
    urllib.request.urlopen(url).read()  # noqa: S310
    title = f"Bản tin khẩn {time.time_ns()}"
    page = news.add_child(instance=NewsPage(title=title, live=False, summary="Bão", owner=author))
    page.save_revision(user=author)
    workflow_state = page.get_workflow().start(page, author)
    workflow_state.current_task_state.approve(user=editor)
    workflow_state.refresh_from_db()
    final_step = workflow_state.current_task_state
    if final_step is None or page.specific_class.objects.get(pk=page.pk).live:
        sys.exit("The workflow published the article before its final step: the bench measures nothing.")
    started = time.perf_counter()
    final_step.approve(user=chief)
    while title not in fetch(url):
        if time.perf_counter() - started > 30:
            return None
        time.sleep(0.01)
    elapsed = time.perf_counter() - started
    page.delete()
    return elapsed


def fetch(url):
    try:
        return urllib.request.urlopen(url, timeout=10).read().decode()  # noqa: S310 - loopback
    except OSError:
        return ""


def fill(target):
    from django.db import connection

    from sections.models import NewsCategory, NewsIndexPage, NewsPage

    news = NewsIndexPage.objects.filter(locale__language_code="vi").first()
    existing = NewsPage.objects.filter(slug__startswith="bench-").count()
    if existing < target:
        generate(target - existing, news, random.Random(target))
        categories = list(NewsCategory.objects.filter(locale_id=news.locale_id).values_list("pk", flat=True))
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE sections_newspage SET category_id = (%s::bigint[])[1 + page_ptr_id %% %s]"
                " WHERE category_id IS NULL",
                [categories, len(categories)],
            )
            cursor.execute("ANALYZE")
    return NewsPage.objects.count()


def print_table(results, size):
    rate = {(row["name"]): row["rps"] for row in results if row["target"] == "nginx"}
    print(f"\n{size} news articles")
    print("| page | target | rps | × nginx | p50 ms | p99 ms | SQL |")
    print("|---|---|---|---|---|---|---|")
    for row in results:
        queries = "" if row["sql_queries"] is None else row["sql_queries"]
        print(
            f"| {row['name']} | {row['target']} | {row['rps']:.0f} | {row['rps'] / rate[row['name']]:.2f} |"
            f" {row['p50_ms']:.1f} | {row['p99_ms']:.1f} | {queries} |"
        )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--news", default="10000,100000")
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--port", type=int, default=8180)
    parser.add_argument("--pages", default="", help="only the pages whose names start so")
    options = parser.parse_args()
    for tool in ("wrk", "nginx", "varnishd"):
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists():
            sys.exit(f"{tool} is missing: WITH_BENCH=1 scripts/test-services installs it.")
    env = environment(options)
    setup_django(env)
    from django.core.management import call_command

    from sections.models import NewsIndexPage

    call_command("migrate", verbosity=0)
    if not NewsIndexPage.objects.exists():
        print("Seeding the demo portal …")
        call_command("seed_demo", verbosity=0)
    call_command("compile_translations", verbosity=0)
    call_command("collectstatic", "--no-input", verbosity=0)
    report = {"runs": []}
    for size in [int(size) for size in options.news.split(",")]:
        total = fill(size)
        workdir = Path(tempfile.mkdtemp(prefix="dk-bench-"))
        processes, ports = start_servers(options, env, workdir)
        try:
            paths = pages()
            if options.pages:
                wanted = tuple(options.pages.split(","))
                paths = {name: path for name, path in paths.items() if name.startswith(wanted)}
            results = measure(ports, paths, options, workdir)
            print_table(results, total)
            seconds = publish_to_visible(ports)
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                process.wait(timeout=30)
            shutil.rmtree(workdir, ignore_errors=True)
        print(
            f"publish to visible through Varnish: {seconds * 1000:.0f} ms"
            if seconds
            else "not visible in 30 s"
        )
        report["runs"].append({"news": total, "results": results, "publish_to_visible_s": seconds})
    out = ROOT / "var" / "bench" / "results.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(f"\nwritten {out}")


if __name__ == "__main__":
    main()
