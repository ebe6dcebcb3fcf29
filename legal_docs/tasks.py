"""Background work: extracting the text of PDF and DOCX attachments so that it can be searched."""

import io
import logging

from django_tasks import task
from wagtail.search.index import insert_or_update_object

from core.text import nfc

from .models import LegalDocument, build_body_search_text, refresh_validity

logger = logging.getLogger(__name__)
MAX_TEXT_LENGTH = 500_000


def extract_text(file_name, data):
    """The plain text of a PDF or DOCX file ("" for other types or unreadable files)."""
    extension = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    # The readers are imported for their file type only: each is a large library used on this path alone.
    try:
        if extension == "pdf":
            from pypdf import PdfReader

            reader = PdfReader(io.BytesIO(data))
            return "\n".join((page.extract_text() or "") for page in reader.pages)[:MAX_TEXT_LENGTH]
        if extension == "docx":
            import docx

            document = docx.Document(io.BytesIO(data))
            parts = [paragraph.text for paragraph in document.paragraphs]
            for table in document.tables:
                for row in table.rows:
                    parts.append(" | ".join(cell.text for cell in row.cells))
            return "\n".join(parts)[:MAX_TEXT_LENGTH]
    except Exception:  # a broken upload must not stop the others; it is logged
        logger.warning("Could not extract text from %s", file_name, exc_info=True)
    return ""


@task()
def extract_attachment_text(document_id):
    """Read every attachment of a legal document and store their text (folded into the search column)."""
    document = LegalDocument.objects.filter(pk=document_id).first()
    if document is None:
        return 0
    texts = []
    for attachment in document.attachments.select_related("file"):
        stored = attachment.file.file
        try:
            with stored.open("rb") as handle:
                data = handle.read()
        except OSError:
            logger.warning("Attachment file missing: %s", stored.name)
            continue
        text = extract_text(stored.name, data).strip()
        if text:
            texts.append(text)
    extracted = nfc("\n\n".join(texts))
    if extracted != document.extracted_text:
        document.extracted_text = extracted
        # An update, not save(): no new revision, no change to the live/draft state.
        LegalDocument.objects.filter(pk=document.pk).update(
            extracted_text=extracted, body_search_text=build_body_search_text(document)
        )
        insert_or_update_object(LegalDocument.objects.get(pk=document.pk))
    return len(extracted)


@task()
def refresh_validity_statuses():
    """The daily refresh of stored validity statuses, as a task: the scheduler's job refresh-legal-status."""
    return refresh_validity()
