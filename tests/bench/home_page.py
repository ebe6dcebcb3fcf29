"""Home page weight benchmark: `python -m tests.bench.home_page` (or `make bench`) prints a table.

Measures what a phone downloads for the home page, images excluded: the HTML, the CSS and the JavaScript,
each gzip-compressed (level 6, what a typical server sends); counts render-blocking third-party resources;
and checks that every image is a responsive rendition (srcset or <picture>, lazy below the first screen).
Runs against the database of `make run` (var/db.sqlite3 with the demo content, or DATABASE_URL).
"""

import gzip
import os
import sys
from html.parser import HTMLParser
from pathlib import Path

BUDGET_BYTES = 100 * 1024


class Resources(HTMLParser):
    def __init__(self):
        super().__init__()
        self.in_head = False
        self.stylesheets, self.scripts, self.images, self.sources = [], [], [], []
        self.blocking_third_party = []
        self.in_picture = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        elif tag == "picture":
            self.in_picture += 1
        elif tag == "link" and "stylesheet" in (attrs.get("rel") or ""):
            self.stylesheets.append(attrs.get("href", ""))
            if _third_party(attrs.get("href", "")):
                self.blocking_third_party.append(attrs.get("href"))
        elif tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
            deferred = "async" in attrs or "defer" in attrs or attrs.get("type") == "module"
            if _third_party(attrs["src"]) and not deferred:
                self.blocking_third_party.append(attrs["src"])
        elif tag == "img":
            self.images.append({**attrs, "in_picture": self.in_picture > 0})

    def handle_endtag(self, tag):
        if tag == "picture":
            self.in_picture -= 1


def _third_party(url):
    return url.startswith(("http://", "https://", "//"))


def gz(data):
    return len(gzip.compress(data, compresslevel=6))


def static_bytes(url):
    from django.conf import settings
    from django.contrib.staticfiles import finders

    path = url.split("?")[0].removeprefix(settings.STATIC_URL)
    found = finders.find(path)
    return Path(found).read_bytes() if found else b""


def main():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "duongkinh.settings.dev")
    import django

    django.setup()
    from django.test import Client

    response = Client(HTTP_HOST="127.0.0.1").get("/")
    if response.status_code != 200:
        print(f"The home page answered {response.status_code}: run `make setup` first.")
        return 1
    html = response.content
    parser = Resources()
    parser.feed(html.decode())

    rows = [("HTML", len(html), gz(html))]
    for url in parser.stylesheets + parser.scripts:
        if _third_party(url):
            continue
        data = static_bytes(url)
        rows.append((url, len(data), gz(data)))
    total_raw = sum(row[1] for row in rows)
    total_gz = sum(row[2] for row in rows)

    print(f"{'Home page resource':<40} {'raw bytes':>10} {'gzip bytes':>11}")
    print("-" * 63)
    for name, raw, compressed in rows:
        print(f"{name:<40} {raw:>10,} {compressed:>11,}")
    print("-" * 63)
    print(f"{'Total HTML+CSS+JS':<40} {total_raw:>10,} {total_gz:>11,}")
    print(f"{'Budget (compressed)':<40} {'':>10} {BUDGET_BYTES:>11,}")
    print()
    images = parser.images
    responsive = [img for img in images if img.get("srcset") or img["in_picture"]]
    renditions = [img for img in images if "/images/" in (img.get("src") or "")]
    lazy = [img for img in images if img.get("loading") == "lazy"]
    missing_alt = [img for img in images if img.get("alt") is None]
    print(f"{'Render-blocking third-party resources':<48} {len(parser.blocking_third_party):>6}")
    print(f"{'Images':<48} {len(images):>6}")
    print(f"{'  as renditions (/media/images/…)':<48} {len(renditions):>6}")
    print(f"{'  responsive (srcset or <picture>)':<48} {len(responsive):>6}")
    print(f"{'  lazy-loaded':<48} {len(lazy):>6}")
    print(f"{'  without an alt attribute':<48} {len(missing_alt):>6}")
    ok = total_gz <= BUDGET_BYTES and not parser.blocking_third_party and not missing_alt
    print()
    print("Within budget." if ok else "OVER BUDGET or blocking resources found.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
