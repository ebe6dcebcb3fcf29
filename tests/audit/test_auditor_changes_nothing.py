"""An auditor reads everything and changes nothing: every admin URL, with every method that changes state,
tried as an auditor, is refused, and the database is left as it was. Nobody, superusers included, has an
admin form that edits or deletes a log entry or a seal."""

import re
import uuid

import pytest
from django.db import connection
from django.urls import Resolver404, get_resolver, resolve, reverse
from django.urls.resolvers import RoutePattern, URLResolver
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry

from audit.models import Anchor, LogSeal, Verification
from audit.verification import record, verify
from core.middleware import AUDITOR_WRITABLE_VIEWS
from tests.factories.core import UserFactory
from tests.factories.sections import NewsPageFactory

pytestmark = pytest.mark.django_db

CONVERTER_SAMPLES = {"int": "1", "str": "a", "slug": "a", "uuid": str(uuid.uuid4()), "path": "a/b"}
ROUTE_PARAMETER = re.compile(r"<(?:(\w+):)?\w+>")
REGEX_GROUP = re.compile(r"\((?:\?P<\w+>)?([^()]*)\)")


def regex_sample(group):
    return "1" if group.group(1).startswith(("\\d", "[0-9]")) else "a"


def pattern_text(pattern):
    text = str(pattern.pattern)
    if isinstance(pattern.pattern, RoutePattern):
        return ROUTE_PARAMETER.sub(lambda match: CONVERTER_SAMPLES.get(match.group(1) or "str", "a"), text)
    return REGEX_GROUP.sub(regex_sample, text.lstrip("^").rstrip("$").replace("\\Z", "")).replace("\\", "")


def walk(patterns, prefix=""):
    for pattern in patterns:
        text = prefix + pattern_text(pattern)
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, text)
        else:
            yield "/" + text


def sample_urls():
    """One concrete URL for every admin route, its parameters filled with values their patterns accept."""
    urls = {}
    for url in walk(get_resolver().url_patterns):
        if not url.startswith("/admin/"):
            continue
        try:
            urls[url] = resolve(url).view_name
        except Resolver404:
            continue
    return urls


def table_counts():
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        counts = {}
        for table in tables:
            cursor.execute(f'SELECT count(*) FROM "{table}"')
            counts[table] = cursor.fetchone()[0]
    return counts


def test_every_admin_route_refuses_the_auditors_changes(login, auditor):
    page = NewsPageFactory(title="Trang kiểm tra viên không được sửa")
    log(page, "wagtail.edit")
    urls = sample_urls()
    assert len(urls) > 200  # the walk reaches the whole admin, not a handful of routes
    client = login(auditor)
    before = table_counts()

    allowed = []
    for url, view_name in sorted(urls.items()):
        if view_name in AUDITOR_WRITABLE_VIEWS:
            continue
        for method in ("post", "put", "patch", "delete"):
            try:
                response = getattr(client, method)(url, {"title": "sửa", "id": page.pk})
            except Exception as error:  # noqa: BLE001 - a view that ran at all is the failure to report
                allowed.append((method.upper(), url, repr(error)[:80]))
                continue
            if response.status_code not in (403, 405):
                allowed.append((method.upper(), url, response.status_code))

    assert allowed == []
    after = table_counts()
    changed = {table: (before[table], after[table]) for table in before if before[table] != after[table]}
    assert set(changed) <= {"django_session"}, changed


def test_the_auditor_reads_the_audit_pages(login, auditor):
    client = login(auditor)

    for name in ("audit:seals", "wagtailadmin_reports:site_history"):
        assert client.get(reverse(name)).status_code == 200


def test_an_editor_cannot_read_the_seals(login, editor, contributor):
    for user in (editor, contributor):
        assert login(user).get(reverse("audit:seals")).status_code in (302, 403)


def test_no_admin_form_edits_or_deletes_the_record():
    superuser = UserFactory(superuser=True)
    page = NewsPageFactory()
    page_entry = log(page, "wagtail.edit", user=superuser)
    model_entry = log(superuser, "wagtail.edit", user=superuser)
    record(verify())
    finder = AdminURLFinder(superuser)

    for instance in (
        page_entry,
        model_entry,
        LogSeal.objects.first(),
        Anchor.objects.first(),
        Verification.objects.first(),
    ):
        assert finder.get_edit_url(instance) is None, instance
    assert isinstance(page_entry, PageLogEntry) and isinstance(model_entry, ModelLogEntry)
