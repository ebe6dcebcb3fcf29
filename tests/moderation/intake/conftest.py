"""Fixtures for the intake register: the records it already holds, a clean rate limit and its clock, a trust
store, and a real IMAP server."""

import shutil
import tempfile

import django_ratelimit.core
import pytest
from django.core.cache import cache

from moderation.intake.models import Channel, Status
from tests.factories.moderation import IntakeRecordFactory

from .dovecot import DOVECOT, Dovecot
from .samples import Authority


@pytest.fixture(autouse=True)
def clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


class Clock:
    """django-ratelimit's clock, held still: its counting windows end at fixed times (with a jitter per
    client), so a test must not straddle one; `advance()` moves it on."""

    def __init__(self):
        self.now = 1_800_000_000.0

    def time(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


@pytest.fixture
def ratelimit_clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(django_ratelimit.core, "time", clock)
    return clock


@pytest.fixture
def earlier_records(db):
    """The register as the ward keeps it before the test: records of other channels and statuses, from
    other people."""
    return [
        IntakeRecordFactory(),
        IntakeRecordFactory(
            channel=Channel.EMAIL,
            sender_name="Trường Tiểu học Dương Kinh",
            sender_email="thdk@example.com",
            sender_phone="",
            sender_address="",
            subject="Tin: Lễ khai giảng năm học mới",
            body="Nhà trường gửi tin và ảnh về lễ khai giảng để Cổng đăng tải.",
            status=Status.IN_PROGRESS,
        ),
        IntakeRecordFactory(
            channel=Channel.PAPER,
            sender_name="Lê Văn Cường",
            sender_email="",
            sender_phone="",
            sender_address="Tổ dân phố Quán Rẽ, phường Dương Kinh",
            subject="Đơn phản ánh việc tập kết vật liệu xây dựng trên vỉa hè",
            body="Văn bản giấy gửi tại bộ phận một cửa, đã được nhập vào sổ.",
            status=Status.NOT_PUBLISHED,
            status_reason="Đã chuyển bộ phận chuyên môn giải quyết, không đăng lên Cổng.",
        ),
    ]


@pytest.fixture(scope="session")
def authority():
    return Authority()


@pytest.fixture
def trust_store(tmp_path, settings, authority):
    folder = tmp_path / "trust-roots"
    folder.mkdir()
    (folder / "ca.pem").write_bytes(authority.pem())
    settings.INTAKE_TRUST_ROOTS = str(folder)
    return folder


@pytest.fixture
def imap_server(settings):
    """Dovecot on 127.0.0.1, started for the test; the portal's IMAP settings point at it."""
    if DOVECOT is None:
        pytest.fail(
            "dovecot is not installed: the IMAP intake tests need a real IMAP server. "
            "Install it with `apt-get install -y dovecot-imapd` "
            "(scripts/test-services, run by `make test`, does this)."
        )
    # Not under pytest's tmp_path: dovecot's own users must be able to reach the folder.
    root = tempfile.mkdtemp(prefix="intake-dovecot-")
    server = Dovecot(root).start()
    from .dovecot import PASSWORD, USER

    settings.INTAKE_IMAP_HOST = "127.0.0.1"
    settings.INTAKE_IMAP_PORT = server.port
    settings.INTAKE_IMAP_USER = USER
    settings.INTAKE_IMAP_PASSWORD = PASSWORD
    settings.INTAKE_IMAP_FOLDER = "INBOX"
    settings.INTAKE_IMAP_SSL = False
    yield server
    server.stop()
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def imap(imap_server):
    """A signed-in IMAP client for delivering and inspecting messages."""
    import imaplib

    from .dovecot import PASSWORD, USER

    client = imaplib.IMAP4("127.0.0.1", imap_server.port)
    client.login(USER, PASSWORD)
    client.select("INBOX")
    yield client
    client.logout()
