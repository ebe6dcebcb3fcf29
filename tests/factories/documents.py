"""Wagtail documents with real files: a PDF whose text can be extracted, or a Word (DOCX) document."""

import io

import docx
import factory
import wagtail_factories
from wagtail.models import Collection


def pdf_string(text):
    """`text` inside a PDF literal string: backslashes and parentheses escaped."""
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines=("Uy ban nhan dan phuong Duong Kinh",)):
    """A one-page PDF holding `lines` as text (Latin-1: the built-in Helvetica font has no Vietnamese)."""
    text = "".join(f"({pdf_string(line)}) Tj T* " for line in lines)
    stream = f"BT /F1 12 Tf 14 TL 72 770 Td {text}ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    output = io.BytesIO()
    output.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = output.tell()
    output.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        output.write(b"%010d 00000 n \n" % offset)
    output.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return output.getvalue()


def docx_bytes(paragraphs=("Ủy ban nhân dân phường Dương Kinh",)):
    """A Word document holding `paragraphs`, Vietnamese included."""
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A PDF document in the root collection. For a Word document:
    `DocumentFactory(file=factory.django.FileField(filename="x.docx", data=docx_bytes([...])))`, or
    `DocumentFactory(file__filename="x.docx", file__data=docx_bytes([...]))`."""

    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = "Kế hoạch tổ chức thực hiện năm 2026"
    file = factory.django.FileField(
        filename="ke-hoach-to-chuc-thuc-hien.pdf", data=factory.LazyFunction(pdf_bytes)
    )
