"""Hostile files sent with the public form are refused with a Vietnamese message, what was typed is kept,
and nothing is stored: a zip bomb (docx of 200 KB unpacking to 200 MB), a PDF with JavaScript (also hidden in
a compressed stream), HTML disguised as a video; and a body declared too large is refused unread."""

import io
import zipfile
import zlib

import pytest
from pypdf import PdfWriter

from moderation.intake.models import IntakeRecord

from .test_public_form import SUBMIT, form_data, upload

pytestmark = pytest.mark.django_db


def zip_bomb(entries=1, unpacked_mb=200):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for number in range(entries):
            name = "word/document.xml" if number == 0 else f"word/part{number}.xml"
            with archive.open(name, "w") as part:
                for _ in range(unpacked_mb):
                    part.write(b"\0" * 1024 * 1024)
    return out.getvalue()


def pdf_with_javascript():
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_js("app.alert('Xin chào');")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_javascript_in_a_compressed_stream():
    hidden = zlib.compress(b"<< /Type /Action /S /JavaScript /JS (app.launchURL('http://evil.example')) >>")
    return (
        b"%PDF-1.7\n1 0 obj\n<< /Length "
        + str(len(hidden)).encode()
        + b" /Filter /FlateDecode >>\nstream\n"
        + hidden
        + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def html_disguised_as_video():
    return b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom<html><script>alert(document.cookie)</script>"


@pytest.mark.parametrize(
    "name, make, message",
    [
        ("bao-cao.docx", zip_bomb, "giải nén"),
        ("don.pdf", pdf_with_javascript, "mã lệnh"),
        ("don.pdf", pdf_with_javascript_in_a_compressed_stream, "mã lệnh"),
        ("video.mp4", html_disguised_as_video, "không khớp"),
    ],
)
def test_a_hostile_file_is_refused_and_nothing_is_stored(client, name, make, message):
    data = make()
    before = IntakeRecord.objects.count()
    response = client.post(SUBMIT, form_data(attachments=[upload(name, data)]))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html and name in html
    assert "Đường ngõ 12 bị ngập sau mưa" in html  # what was typed is kept
    assert IntakeRecord.objects.count() == before


def test_the_zip_bomb_is_small_to_send(client):
    assert len(zip_bomb()) < 300 * 1024


def test_a_docx_with_too_many_parts_is_refused(client, settings):
    settings.UPLOAD_MAX_ARCHIVE_ENTRIES = 5
    before = IntakeRecord.objects.count()
    response = client.post(SUBMIT, form_data(attachments=[upload("to-trinh.docx", zip_bomb(8, 0))]))
    assert "quá nhiều thành phần" in response.content.decode()
    assert IntakeRecord.objects.count() == before


def test_a_body_declared_too_large_is_refused_before_it_is_read(client, settings):
    settings.REQUEST_MAX_SIZE = 10_000
    before = IntakeRecord.objects.count()
    response = client.post(SUBMIT, form_data(body="Nội dung dài. " * 2000))
    assert response.status_code == 413
    assert "không được tiếp nhận" in response.content.decode()
    assert IntakeRecord.objects.count() == before
