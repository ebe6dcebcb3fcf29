"""The compliance report as people use it: the admin page for editors-in-chief, administrators and auditors,
the sign-off register (signed by editors-in-chief and administrators, logged), the links job, the release
register, and `manage.py compliance_report --format json|xlsx`."""

import datetime
import http.server
import io
import json
import threading

import openpyxl
import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from audit.compliance import conformance, links
from audit.compliance.views import SIGN_OFF_ACTION
from audit.models import LinkCheck, Release, SignOff
from audit.verification import record, verify
from core.compliance import FAIL, PASS, Context

pytestmark = pytest.mark.django_db


def now_context():
    return Context()


# -- the page ------------------------------------------------------------------------------------------


def test_the_report_opens_for_its_readers_only(login, auditor, editor_in_chief, administrator, editor):
    for user in (auditor, editor_in_chief, administrator):
        response = login(user).get(reverse("audit:compliance"))
        assert response.status_code == 200
        assert "NĐ 224/2026" in response.content.decode()
    assert login(editor).get(reverse("audit:compliance")).status_code in (302, 403)


def test_the_editor_in_chief_signs_off_an_item_and_it_is_logged(login, editor_in_chief):
    client = login(editor_in_chief)
    assert conformance.signed_off(now_context(), "A16").status == FAIL

    response = client.post(
        reverse("audit:compliance"), {"item": "A16", "note": "Thử khôi phục bản sao lưu ngày 1/12."}
    )

    assert response.status_code == 302
    signature = SignOff.objects.get()
    assert (signature.item, signature.signed_by) == ("A16", editor_in_chief)
    entry = ModelLogEntry.objects.get(action=SIGN_OFF_ACTION)
    assert entry.user_id == editor_in_chief.pk and entry.data["item"] == "A16"
    result = conformance.signed_off(now_context(), "A16")
    assert result.status == PASS and "Thử khôi phục" in result.note


def test_a_sign_off_without_a_note_is_refused_with_a_message_and_nothing_is_lost(login, administrator):
    response = login(administrator).post(reverse("audit:compliance"), {"item": "A16", "note": ""})

    assert response.status_code == 200
    assert not SignOff.objects.exists()
    assert "A16" in response.content.decode()


def test_the_auditor_cannot_sign_off(login, auditor):
    login(auditor).post(reverse("audit:compliance"), {"item": "A16", "note": "Kiểm tra viên ký thử."})
    assert not SignOff.objects.exists()


def test_a_sign_off_older_than_a_year_must_be_renewed(editor_in_chief):
    SignOff.objects.create(
        item="A1",
        signed_by=editor_in_chief,
        note="Rà soát tài khoản.",
        signed_at=timezone.now() - datetime.timedelta(days=400),
    )
    assert conformance.signed_off(now_context(), "A1").status == FAIL


# -- conformance checks the portal makes itself ---------------------------------------------------------


def test_the_settings_checks_follow_the_running_settings(settings):
    settings.SECURE_SSL_REDIRECT, settings.SECURE_HSTS_SECONDS = True, 31536000
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    assert conformance.https_everywhere(now_context()).status == PASS
    settings.SECURE_HSTS_SECONDS = 0
    assert [finding.label for finding in conformance.https_everywhere(now_context()).findings] == [
        "SECURE_HSTS_SECONDS"
    ]

    settings.DEBUG = False
    assert conformance.hardened_responses(now_context()).status == PASS
    settings.DEBUG = True
    assert conformance.hardened_responses(now_context()).status == FAIL


def test_the_audit_log_item_needs_a_recent_intact_verification():
    assert conformance.audit_log_intact(now_context()).status == FAIL
    record(verify())
    assert conformance.audit_log_intact(now_context()).status == PASS


def test_the_running_version_must_be_in_the_release_register(settings):
    settings.PORTAL_VERSION = "1.4.0"
    assert conformance.running_version_registered(now_context()).status == FAIL
    Release.objects.create(
        version="1.4.0",
        released_on=datetime.date(2026, 12, 1),
        changes="Nhật ký kiểm toán.",
        approval_reference="Quyết định 15/QĐ-UBND ngày 30/11/2026",
    )
    assert conformance.running_version_registered(now_context()).status == PASS


def test_administrators_add_releases_and_nobody_edits_one(login, administrator, editor_in_chief):
    client = login(administrator)
    response = client.post(
        reverse("releases:add"),
        {
            "version": "1.5.0",
            "released_on": "2026-12-07",
            "changes": "Báo cáo tuân thủ.",
            "approval_reference": "Quyết định 16/QĐ-UBND ngày 5/12/2026",
        },
    )
    assert response.status_code == 302
    release = Release.objects.get(version="1.5.0")
    assert ModelLogEntry.objects.filter(action="wagtail.create", object_id=str(release.pk)).exists()

    client.post(
        reverse("releases:edit", args=(release.pk,)),
        {"version": "1.5.1", "released_on": "2026-12-07", "changes": "x", "approval_reference": "y"},
    )
    client.post(reverse("releases:delete", args=(release.pk,)))
    assert Release.objects.get(pk=release.pk).version == "1.5.0"
    login(editor_in_chief).post(
        reverse("releases:add"),
        {"version": "9.9.9", "released_on": "2026-12-07", "changes": "x", "approval_reference": "y"},
    )
    assert not Release.objects.filter(version="9.9.9").exists()


def test_administrators_see_the_running_version(login, administrator, settings):
    settings.PORTAL_VERSION = "2.0.0"
    content = login(administrator).get(reverse("wagtailadmin_home")).content.decode()
    assert "2.0.0" in content


# -- the links job ------------------------------------------------------------------------------------------


class Answers(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self):  # noqa: N802 - the standard library's name
        self.send_response(404 if self.path.startswith("/mat") else 200)
        self.end_headers()

    do_GET = do_HEAD  # noqa: N815

    def log_message(self, *args):
        pass


@pytest.fixture
def web_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answers)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_the_links_check_reports_a_404_and_passes_when_every_link_answers(settings, web_server, home_page):
    settings.COMPLIANCE_GOVERNMENT_PORTAL_URL = f"{web_server}/chinh-phu"
    settings.COMPLIANCE_EXTRA_LINKS = [f"{web_server}/mat-trang"]
    portal = links.PortalSettings.for_site(home_page.get_site())
    portal.city_portal_url, portal.public_service_portal_url = f"{web_server}/thanh-pho", f"{web_server}/dvc"
    portal.save()

    assert links.links_work(now_context()).status == FAIL  # never checked
    call_command("check_portal_links", stdout=io.StringIO())
    result = links.links_work(now_context())
    assert [finding.label for finding in result.findings] == [f"{web_server}/mat-trang"]
    assert "404" in result.findings[0].detail

    settings.COMPLIANCE_EXTRA_LINKS = []
    assert links.links_work(now_context()).status == PASS
    assert LinkCheck.objects.count() == 4


# -- the command --------------------------------------------------------------------------------------------


def test_the_command_writes_json_and_xlsx(tmp_path):
    out = io.StringIO()
    call_command("compliance_report", "--format", "json", stdout=out)
    report = json.loads(out.getvalue())
    codes = {item["code"] for item in report["checks"]}
    assert {"publication.approval", "deadline.questions", "content.mandatory", "F9", "A16"} <= codes
    assert all(item["basis"] for item in report["checks"])

    path = tmp_path / "bao-cao.xlsx"
    call_command("compliance_report", "--format", "xlsx", "--output", str(path))
    rows = list(openpyxl.load_workbook(path).active.values)
    assert any("publication.approval" in row for row in rows)
