"""The optional virus scan (core/antivirus.py, core.uploads.check_virus) against a real clamd.

The test starts its own clamd on a loopback port (tests/throwaway.py) with a database folder of its own: one
`.ndb` body signature for the EICAR test string, since freshclam's database needs the internet. The EICAR
file sent with the public form, by email and as a staff document is refused in Vietnamese and nothing is
stored; a clean PDF passes; clamd stopped or silent refuses the files (fail-closed, never a 500) and keeps
what the citizen typed; without CLAMD_URL not a single connection is made.
"""

import mailbox
import socket
import sys
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from wagtail.documents.models import Document

from moderation.intake.models import IntakeAttachment, IntakeRecord
from tests.factories.core import UserFactory
from tests.moderation.intake.samples import email_bytes, pdf_bytes
from tests.moderation.intake.test_public_form import SUBMIT, form_data, upload
from tests.throwaway import CLAMD_PACKAGE, ThrowawayClamd

pytestmark = pytest.mark.django_db

# Built from two halves so that no file of the repository holds the test string whole: a contributor's own
# antivirus would quarantine this test otherwise.
EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-" + rb"STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
SIGNATURE = "Eicar-Test-Signature"
INFECTED = "chứa vi-rút hoặc mã độc"
TRY_LATER = "chưa kiểm tra được vi-rút"
TYPED = "Đường ngõ 12 bị ngập sau mưa"


def eicar_database():
    """One body signature (name:target type:offset:hex), matching the string anywhere in any file."""
    return {"duongkinh-test.ndb": f"{SIGNATURE}:0:*:{EICAR.hex()}\n"}


def pdf_carrying_eicar():
    """A PDF that every other check accepts (no script, no markup), with the test string in a stream."""
    return (
        b"%PDF-1.4\n1 0 obj\n<< /Length "
        + str(len(EICAR)).encode()
        + b" >>\nstream\n"
        + EICAR
        + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_clamd(unix_socket=False):
    server = ThrowawayClamd(None if unix_socket else free_port(), eicar_database())
    if server.program() is None:
        server.destroy()
        pytest.fail(
            f"clamd is not installed: the virus scan is tested against a real clamd. Install Debian's "
            f"{CLAMD_PACKAGE} (`apt-get install -y {CLAMD_PACKAGE}`; scripts/test-services, run by "
            "`make test`, does this).",
            pytrace=False,
        )
    server.start()
    return server


@pytest.fixture(scope="module")
def clamd_server():
    server = start_clamd()
    yield server
    server.destroy()


@pytest.fixture
def scanning(settings, clamd_server):
    settings.CLAMD_URL = clamd_server.url
    return clamd_server


@pytest.fixture
def own_clamd(settings):
    """A clamd of the test's own, which it may stop and start."""
    server = start_clamd()
    settings.CLAMD_URL = server.url
    yield server
    server.destroy()


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(username="quan-tri-quet-virus", superuser=True))
    return client


def add_document(client, name, data):
    return client.post(
        "/admin/documents/add/",
        {"title": "Báo cáo", "file": SimpleUploadedFile(name, data), "collection": 1},
    )


def send_form(client, name, data):
    return client.post(SUBMIT, form_data(attachments=[upload(name, data)]))


# -- infected files -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, make", [("eicar.pdf", lambda: EICAR), ("don-de-nghi.pdf", pdf_carrying_eicar)]
)
def test_an_infected_file_sent_with_the_public_form_is_refused_and_nothing_is_stored(
    client, scanning, caplog, name, make
):
    records, attachments = IntakeRecord.objects.count(), IntakeAttachment.objects.count()
    with caplog.at_level("WARNING", logger="core.uploads"):
        response = send_form(client, name, make())
    assert response.status_code == 200
    html = response.content.decode()
    assert INFECTED in html and name in html and SIGNATURE in html
    assert TYPED in html  # what the citizen typed is shown back
    assert IntakeRecord.objects.count() == records
    assert IntakeAttachment.objects.count() == attachments
    refusal = [record.getMessage() for record in caplog.records if record.name == "core.uploads"]
    assert len(refusal) == 1 and "infected" in refusal[0] and SIGNATURE in refusal[0] and name in refusal[0]


@pytest.mark.parametrize("name, make", [("eicar.csv", lambda: EICAR), ("bao-cao.pdf", pdf_carrying_eicar)])
def test_an_infected_staff_document_is_refused_and_nothing_is_stored(
    staff_client, scanning, caplog, name, make
):
    before = Document.objects.count()
    with caplog.at_level("WARNING", logger="core.uploads"):
        response = add_document(staff_client, name, make())
    assert response.status_code == 200
    assert INFECTED in response.content.decode()
    assert Document.objects.count() == before
    assert any(
        "infected" in record.getMessage() for record in caplog.records if record.name == "core.uploads"
    )


def test_an_infected_email_attachment_is_refused_and_the_message_kept(scanning, tmp_path):
    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    box.add(
        email_bytes("Thư có tệp nhiễm", "<eicar-1@example.com>", [("don.pdf", EICAR, "application", "pdf")])
    )
    call_command("fetch_intake_mail", maildir=str(tmp_path / "Maildir"))
    record = IntakeRecord.objects.get(message_id="<eicar-1@example.com>")
    assert record.attachments.count() == 0
    assert INFECTED in str(record.refused_files)


# -- clean files ----------------------------------------------------------------------------------------


def test_a_clean_pdf_passes_the_scan_on_the_public_form_and_as_a_staff_document(
    client, staff_client, scanning
):
    response = send_form(client, "don-de-nghi.pdf", pdf_bytes())
    assert response.status_code == 302
    record = IntakeRecord.objects.get(subject=TYPED)
    assert record.attachments.get().file.name.endswith(".pdf")
    before = Document.objects.count()
    assert add_document(staff_client, "bao-cao.pdf", pdf_bytes()).status_code == 302
    assert Document.objects.count() == before + 1


def test_clamd_on_a_unix_socket_scans_too(staff_client, settings):
    server = start_clamd(unix_socket=True)
    try:
        settings.CLAMD_URL = server.url
        assert server.url.startswith("unix:///")
        response = add_document(staff_client, "eicar.csv", EICAR)
    finally:
        server.destroy()
    assert response.status_code == 200 and INFECTED in response.content.decode()


def test_readiness_reports_the_scanner(client, scanning):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["antivirus"] == "ok"


# -- clamd down -----------------------------------------------------------------------------------------


def test_with_clamd_stopped_files_are_refused_until_it_is_back_and_nothing_typed_is_lost(
    client, staff_client, own_clamd, caplog
):
    own_clamd.stop()
    with caplog.at_level("WARNING", logger="core.uploads"):
        response = send_form(client, "don-de-nghi.pdf", pdf_bytes())
    assert response.status_code == 200
    html = response.content.decode()
    assert TRY_LATER in html and "thử lại sau ít phút" in html
    assert TYPED in html and "Sau trận mưa tối qua" in html
    assert not IntakeRecord.objects.filter(subject=TYPED).exists()
    assert any(
        "not scanned" in record.getMessage() for record in caplog.records if record.name == "core.uploads"
    )

    before = Document.objects.count()
    response = add_document(staff_client, "bao-cao.pdf", pdf_bytes())
    assert response.status_code == 200 and TRY_LATER in response.content.decode()
    assert Document.objects.count() == before

    readiness = client.get("/readyz")
    assert readiness.status_code == 200  # pages are still served: the load balancer keeps the worker
    assert readiness.json()["status"] == "degraded"
    assert readiness.json()["checks"]["antivirus"] == "degraded"

    own_clamd.start()  # the citizen sends the same form again once clamd is back
    response = send_form(client, "don-de-nghi.pdf", pdf_bytes())
    assert response.status_code == 302
    assert IntakeRecord.objects.get(subject=TYPED).attachments.count() == 1


def test_a_clamd_that_does_not_answer_is_given_up_after_the_timeout(client, settings):
    with socket.socket() as silent:  # accepts connections (the kernel does) and never reads
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        settings.CLAMD_URL = f"tcp://127.0.0.1:{silent.getsockname()[1]}"
        settings.CLAMD_TIMEOUT = 0.5
        started = time.monotonic()
        response = send_form(client, "don-de-nghi.pdf", pdf_bytes())
        elapsed = time.monotonic() - started
    assert response.status_code == 200 and TRY_LATER in response.content.decode()
    assert not IntakeRecord.objects.filter(subject=TYPED).exists()
    assert elapsed < 5


@pytest.mark.parametrize("url", ["tcp://127.0.0.1:{free}", "clamav:3310", "tcp://127.0.0.1:99999"])
def test_a_clamd_url_that_leads_nowhere_refuses_files_without_an_error(client, settings, url):
    settings.CLAMD_URL = url.format(free=free_port())
    response = send_form(client, "don-de-nghi.pdf", pdf_bytes())
    assert response.status_code == 200 and TRY_LATER in response.content.decode()
    assert not IntakeRecord.objects.filter(subject=TYPED).exists()
    readiness = client.get("/readyz")
    assert readiness.status_code == 200 and readiness.json()["checks"]["antivirus"] == "degraded"


def test_with_clamd_stopped_a_mail_waits_unread_for_the_next_fetch(own_clamd, tmp_path):
    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    key = box.add(
        email_bytes("Thư chờ quét", "<wait-1@example.com>", [("don.pdf", pdf_bytes(), "application", "pdf")])
    )
    own_clamd.stop()
    call_command("fetch_intake_mail", maildir=str(tmp_path / "Maildir"))
    assert not IntakeRecord.objects.filter(message_id="<wait-1@example.com>").exists()
    assert "S" not in mailbox.Maildir(tmp_path / "Maildir", create=False).get_message(key).get_flags()
    own_clamd.start()
    call_command("fetch_intake_mail", maildir=str(tmp_path / "Maildir"))
    assert IntakeRecord.objects.get(message_id="<wait-1@example.com>").attachments.count() == 1


# -- not configured -------------------------------------------------------------------------------------


class Connections:
    """Every socket.connect of this process while `watching`, seen through Python's audit hooks (which
    cannot be removed, hence one hook for the session that a test switches on and off)."""

    def __init__(self):
        self.watching = False
        self.seen = []
        sys.addaudithook(self.hook)

    def hook(self, event, args):
        if self.watching and event == "socket.connect":
            self.seen.append(args[1])


@pytest.fixture(scope="session")
def connections():
    return Connections()


def watched(connections, action):
    connections.seen.clear()
    connections.watching = True
    try:
        return action()
    finally:
        connections.watching = False


def test_without_clamd_url_no_connection_is_made_and_nothing_is_scanned(
    client, staff_client, settings, clamd_server, connections
):
    settings.CLAMD_URL = clamd_server.url  # the hook sees the scan's connection when there is one
    assert watched(connections, lambda: send_form(client, "a.pdf", pdf_bytes())).status_code == 302
    assert connections.seen == [("127.0.0.1", clamd_server.port)]

    settings.CLAMD_URL = ""
    before = Document.objects.count()
    sent = watched(connections, lambda: send_form(client, "don-de-nghi.pdf", pdf_bytes()))
    assert connections.seen == []
    added = watched(connections, lambda: add_document(staff_client, "eicar.csv", EICAR))
    assert connections.seen == []
    assert sent.status_code == 302 and added.status_code == 302
    assert Document.objects.count() == before + 1  # not scanned: the portal's other checks let text pass
    readiness = client.get("/readyz").json()
    assert "antivirus" not in readiness["checks"]
