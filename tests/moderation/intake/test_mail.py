"""Email as a channel, against a real IMAP server (dovecot on loopback) and a Maildir folder."""

import mailbox

import pytest
from django.core.management import call_command

from moderation.intake import mail as intake_mail
from moderation.intake.models import Channel, IntakeRecord

from .samples import email_bytes, pdf_bytes, png_bytes

pytestmark = pytest.mark.django_db


def deliver(imap, raw):
    status, _ = imap.append("INBOX", None, None, raw)
    assert status == "OK"


def flags(imap):
    imap.select("INBOX")
    _, data = imap.fetch("1:*", "(FLAGS)")
    return [line.decode() for line in data if line]


def test_fetch_creates_one_record_per_message_with_attachments_and_marks_read(imap, capsys):
    deliver(
        imap,
        email_bytes(
            "Tin hoạt động hội phụ nữ",
            "<m1@example.com>",
            attachments=[
                ("anh.png", png_bytes(), "image", "png"),
                ("bai.pdf", pdf_bytes(), "application", "pdf"),
            ],
        ),
    )
    deliver(imap, email_bytes("Góp ý về lịch tiếp dân", "<m2@example.com>"))

    call_command("fetch_intake_mail")
    assert "2 new record(s)" in capsys.readouterr().out

    record = IntakeRecord.objects.get(message_id="<m1@example.com>")
    assert record.channel == Channel.EMAIL
    assert record.sender_email == "dung@example.com"
    assert record.sender_name == "Phạm Thị Dung"
    assert "Xin gửi thông tin kèm theo." in record.body
    assert sorted(record.attachments.values_list("kind", flat=True)) == ["pdf", "png"]
    assert all("\\Seen" in line for line in flags(imap))

    # Running again creates nothing.
    call_command("fetch_intake_mail")
    assert IntakeRecord.objects.filter(channel=Channel.EMAIL, message_id__startswith="<m").count() == 2


def test_same_message_delivered_twice_is_one_record(imap):
    raw = email_bytes("Thư gửi hai lần", "<dup@example.com>")
    deliver(imap, raw)
    deliver(imap, raw)
    call_command("fetch_intake_mail")
    assert IntakeRecord.objects.filter(message_id="<dup@example.com>").count() == 1
    assert all("\\Seen" in line for line in flags(imap))


def test_restart_in_the_middle_loses_nothing_and_doubles_nothing(imap, monkeypatch):
    for number in range(3):
        deliver(imap, email_bytes(f"Thư số {number}", f"<restart-{number}@example.com>"))
    original = intake_mail.mark_seen_imap
    calls = {"count": 0}

    def crash_after_first_record(client, uid):
        calls["count"] += 1
        if calls["count"] == 2:
            raise ConnectionError("the process was stopped")
        original(client, uid)

    monkeypatch.setattr(intake_mail, "mark_seen_imap", crash_after_first_record)
    with pytest.raises(ConnectionError):
        call_command("fetch_intake_mail")
    # Two records were committed; the second message was not yet marked read.
    assert IntakeRecord.objects.filter(message_id__startswith="<restart-").count() == 2

    monkeypatch.setattr(intake_mail, "mark_seen_imap", original)
    call_command("fetch_intake_mail")
    assert IntakeRecord.objects.filter(message_id__startswith="<restart-").count() == 3
    assert all("\\Seen" in line for line in flags(imap))


def test_disguised_attachment_in_email_is_refused_and_the_message_kept(imap):
    deliver(
        imap,
        email_bytes(
            "Thư có tệp giả",
            "<fake@example.com>",
            attachments=[
                ("anh.jpg", b"MZ not an image" * 20, "image", "jpeg"),
                ("ok.png", png_bytes(), "image", "png"),
            ],
        ),
    )
    call_command("fetch_intake_mail")
    record = IntakeRecord.objects.get(message_id="<fake@example.com>")
    assert list(record.attachments.values_list("original_name", flat=True)) == ["ok.png"]
    assert record.refused_files[0]["name"] == "anh.jpg"


def test_message_without_message_id_is_not_doubled(imap):
    deliver(imap, email_bytes("Thư không có Message-ID"))
    call_command("fetch_intake_mail")
    deliver(imap, email_bytes("Thư không có Message-ID"))
    call_command("fetch_intake_mail")
    _record, created = intake_mail.store_message(email_bytes("Thư không có Message-ID"))
    assert not created
    assert IntakeRecord.objects.filter(subject="Thư không có Message-ID").count() == 1


def test_maildir_fetch_creates_once_and_marks_seen(tmp_path):
    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    box.add(email_bytes("Thư trong Maildir", "<maildir-1@example.com>"))
    call_command("fetch_intake_mail", maildir=str(tmp_path / "Maildir"))
    call_command("fetch_intake_mail", maildir=str(tmp_path / "Maildir"))
    assert IntakeRecord.objects.filter(message_id="<maildir-1@example.com>").count() == 1
    box = mailbox.Maildir(tmp_path / "Maildir", create=False)
    assert all("S" in message.get_flags() for message in box)
