"""The front cache against a real varnishd (deploy/varnish/portal.vcl) started on loopback for this module,
in front of the portal served from the test database (issue 18).

Content is made with the factories and committed, so that the server thread sees it, and deleted when the
module is done (as tests/browser do). varnishd comes from Debian's `varnish` package (scripts/test-services
installs it); without it the tests fail and say how to install it.
"""

import http.client
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings
from wagtail.models import Page

from home import front_cache
from home.front_cache import legal_document_targets, page_targets
from legal_docs.models import LegalDocument
from sections.models import NewsCategory
from tests.audit_record import audit_record_snapshot, delete_pages_since, remove_audit_record_since
from tests.factories.legal_docs import LegalDocumentFactory
from tests.factories.sections import NewsPageFactory
from tests.live_server import serve_test_database

VCL = Path(settings.BASE_DIR) / "deploy" / "varnish" / "portal.vcl"
HOST = "localhost"  # the test site's host name: the one the purges name
MADE_HERE = [LegalDocument, NewsCategory]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, process, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"varnishd stopped: {process.stderr.read()}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError("varnishd did not open its port")


@pytest.fixture(scope="module")
def portal_url(django_db_setup, django_db_blocker):
    """The portal served from the test database in a server thread (as tests/browser/conftest.py does)."""
    with django_db_blocker.unblock(), serve_test_database() as url:
        yield url


@pytest.fixture(scope="module")
def varnish(portal_url, tmp_path_factory):
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not Path(varnishd).exists():
        pytest.fail("varnishd not found: apt-get install -y varnish (scripts/test-services does it).")
    workdir = tmp_path_factory.mktemp("varnish")
    app_port = portal_url.rsplit(":", 1)[1]
    (workdir / "portal.vcl").write_text(VCL.read_text())
    backend = (VCL.parent / "backend.vcl").read_text()
    backend = backend.replace('.host = "app";', '.host = "127.0.0.1";').replace(
        '.port = "8000";', f'.port = "{app_port}";'
    )
    (workdir / "backend.vcl").write_text(backend.replace('    "app";\n', "").replace('    "worker";\n', ""))
    port = free_port()
    process = subprocess.Popen(
        [
            varnishd,
            "-F",
            "-n",
            str(workdir / "n"),
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(workdir / "portal.vcl"),
            "-p",
            f"vcl_path={workdir}",
            "-s",
            "malloc,32m",
            "-T",
            "none",
            # No privilege separation: varnishd runs as the test runner and reads its temporary files.
            "-j",
            "none",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_port(port, process)
        with override_settings(
            WAGTAILFRONTENDCACHE={
                "varnish": {
                    "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                    "LOCATION": f"http://127.0.0.1:{port}",
                }
            }
        ):
            yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def committed(varnish, django_db_blocker):
    """Runs the module's database work outside any test transaction; deletes what it made afterwards."""
    with django_db_blocker.unblock():
        before = {
            model: model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
            for model in [Page, *MADE_HERE]
        }
        audit_before = audit_record_snapshot()
    yield django_db_blocker
    with django_db_blocker.unblock():
        delete_pages_since(before[Page])
        for model in MADE_HERE:
            model.objects.filter(pk__gt=before[model]).delete()
        remove_audit_record_since(audit_before)


def get(port, path, source="127.0.0.1", method="GET", headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(source, 0))
    connection.request(method, path, headers={"Host": HOST, "User-Agent": "test", **(headers or {})})
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, response.headers, body


def cached(port, path):
    """Fetch `path` until Varnish holds it; returns the body."""
    status, headers, body = get(port, path)
    assert status == 200, (path, status)
    status, headers, body = get(port, path)
    assert headers["X-Cache"] == "HIT", (path, headers)
    return body


def test_a_published_article_appears_at_once_in_its_section_its_category_and_on_the_home_page(
    varnish, committed
):
    with committed.unblock():
        article = NewsPageFactory(title="Bão số 5 sắp đổ bộ vào Hải Phòng", live=False)
        category_path = f"/tin-tuc/chuyen-muc/{article.category.slug}/"
    for path in ["/", "/tin-tuc/", "/tin-tuc/?trang=1", "/tin-tuc/rss/", category_path, "/sitemap.xml"]:
        assert "Bão số 5" not in cached(varnish, path)
    with committed.unblock():
        article.save_revision().publish()
    for path in ["/", "/tin-tuc/", "/tin-tuc/?trang=1", "/tin-tuc/rss/", category_path]:
        status, headers, body = get(varnish, path)
        assert headers["X-Cache"] == "MISS" and "Bão số 5" in body, path
    assert article.url in get(varnish, "/sitemap.xml")[2]
    assert get(varnish, article.url)[0] == 200


def test_an_unpublished_or_deleted_article_leaves_at_once(varnish, committed):
    with committed.unblock():
        gone, deleted = NewsPageFactory(title="Lịch cắt điện tuần 49"), NewsPageFactory(title="Tin sẽ bị xóa")
    for page in (gone, deleted):
        assert page.title in cached(varnish, "/tin-tuc/") and page.title in cached(varnish, page.url)
    with committed.unblock():
        gone.unpublish()
        deleted_url = deleted.url
        Page.objects.get(pk=deleted.pk).specific.delete()
    assert get(varnish, gone.url)[0] == 404 and get(varnish, deleted_url)[0] == 404
    listing = get(varnish, "/tin-tuc/")[2]
    assert gone.title not in listing and deleted.title not in listing


def test_a_moved_article_leaves_its_old_address_and_section(varnish, committed):
    with committed.unblock():
        article = NewsPageFactory(title="Tin chuyển mục")
        old_url = article.url
        target = Page.objects.get(url_path__endswith="/chi-dao-dieu-hanh/", depth=3)
    assert article.title in cached(varnish, old_url) and article.title in cached(varnish, "/tin-tuc/")
    with committed.unblock():
        article.move(target, pos="last-child")
        new_url = Page.objects.get(pk=article.pk).url
    # Wagtail's redirects app sends the old address to the new one: no stale copy is served there.
    status, headers, _body = get(varnish, old_url)
    assert status == 301 and headers["Location"].endswith(new_url)
    assert article.title not in get(varnish, "/tin-tuc/")[2]


def test_a_published_legal_document_appears_in_van_ban_and_its_feed(varnish, committed):
    with committed.unblock():
        document = LegalDocumentFactory(number="77/2026/QĐ-UBND", live=False)
    for path in ["/van-ban/", "/van-ban/?loai=quyet-dinh", "/van-ban/rss/"]:
        assert "77/2026" not in cached(varnish, path)
    with committed.unblock():
        document.save_revision().publish(skip_permission_checks=True)
    for path in ["/van-ban/", "/van-ban/rss/"]:
        assert "77/2026" in get(varnish, path)[2], path
    assert get(varnish, "/van-ban/?loai=quyet-dinh")[1]["X-Cache"] == "MISS"
    assert get(varnish, document.get_url())[0] == 200


def test_forms_the_admin_and_the_beacon_are_never_cached(varnish, committed):
    for path in ["/lien-he/gui-thong-tin/", "/admin/login/"]:
        for _attempt in range(3):
            status, headers, _body = get(varnish, path)
            assert status == 200 and headers["X-Cache"] == "MISS", path
            assert "private" in headers["Cache-Control"] and headers["Set-Cookie"], path
    assert get(varnish, "/luot-xem/", method="POST")[1]["X-Cache"] == "MISS"


def test_a_signed_in_session_is_passed_to_the_portal_and_never_served_from_the_cache(varnish, committed):
    cached(varnish, "/tin-tuc/")
    status, headers, _body = get(varnish, "/tin-tuc/", headers={"Cookie": "sessionid=abc"})
    assert headers["X-Cache"] == "MISS" and "private" in headers["Cache-Control"]


def test_tracking_query_strings_share_the_cached_page(varnish, committed):
    cached(varnish, "/tin-tuc/")
    status, headers, _body = get(varnish, "/tin-tuc/?utm_source=zalo&utm_campaign=bao&fbclid=x1")
    assert status == 200 and headers["X-Cache"] == "HIT"
    status, headers, _body = get(varnish, "/tin-tuc/?trang=1&utm_medium=social")
    assert headers["X-Cache"] == "HIT" or get(varnish, "/tin-tuc/?trang=1")[1]["X-Cache"] == "HIT"


def test_purge_and_ban_are_refused_from_other_addresses(varnish, committed):
    cached(varnish, "/tin-tuc/")
    assert get(varnish, "/tin-tuc/", source="127.0.0.2", method="PURGE")[0] == 405
    assert get(varnish, "/", source="127.0.0.2", method="BAN", headers={"X-Ban-Url": "^/"})[0] == 405
    assert get(varnish, "/tin-tuc/")[1]["X-Cache"] == "HIT"
    assert get(varnish, "/tin-tuc/", method="PURGE")[0] == 200
    assert get(varnish, "/tin-tuc/")[1]["X-Cache"] == "MISS"


def test_html_is_compressed_at_the_front(varnish, committed):
    cached(varnish, "/")
    status, headers, _body = get(varnish, "/", headers={"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip"


# -- the purge targets of each action, computed in one place (home/front_cache.py) -----------------------


@pytest.mark.django_db
def test_the_targets_of_an_article_are_its_page_section_feeds_category_home_and_site_maps():
    article = NewsPageFactory()
    root = "http://localhost"
    targets = page_targets(article)
    category = f"{root}/tin-tuc/chuyen-muc/{article.category.slug}/"
    assert targets.urls == {
        root + article.url,
        f"{root}/tin-tuc/",
        f"{root}/tin-tuc/rss/",
        category,
        category + "rss/",
        f"{root}/",
        f"{root}/sitemap.xml",
        f"{root}/sitemap-pages.xml",
        f"{root}/sitemap-documents.xml",
    }
    assert targets.prefixes == set()
    assert page_targets(article, moved=True).prefixes == {root + article.url}


@pytest.mark.django_db
def test_a_section_is_in_every_menu_so_everything_is_banned(section):
    assert page_targets(section("tin-tuc")).prefixes == {"http://localhost/"}


@pytest.mark.django_db
def test_the_targets_of_a_legal_document_are_its_page_van_ban_its_feed_home_and_site_maps():
    document = LegalDocumentFactory()
    root = "http://localhost"
    assert legal_document_targets(document).urls == {
        f"{root}/van-ban/{document.slug}/",
        f"{root}/van-ban/",
        f"{root}/van-ban/rss/",
        f"{root}/",
        f"{root}/sitemap.xml",
        f"{root}/sitemap-pages.xml",
        f"{root}/sitemap-documents.xml",
    }


@pytest.mark.django_db
def test_purges_wait_for_the_commit(settings, django_capture_on_commit_callbacks, monkeypatch):
    settings.WAGTAILFRONTENDCACHE = {
        "x": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }
    sent = []
    monkeypatch.setattr(front_cache, "send", sent.append)
    with django_capture_on_commit_callbacks(execute=True):
        page = NewsPageFactory(live=False)
        page.save_revision().publish()
        assert sent == [], "a purge was sent before the transaction committed"
    assert len(sent) == 1
    assert page.full_url in sent[0].urls
