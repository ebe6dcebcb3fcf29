"""Citizens' files stay private until published: after "Tạo bản nháp", nobody outside the editorial staff
fetches an attachment (Wagtail's document view, the public API's documents and images, the site search,
the sitemap); once the page or legal document completes the workflow, the files it still uses are public,
and a file the editor took out of the draft stays private."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry

from legal_docs.models import DocumentType, LegalDocument
from moderation import roles
from moderation.intake import services
from moderation.intake.models import Channel
from moderation.intake.privacy import PRIVATE_COLLECTION_NAME
from sections.models import NewsPage
from tests.factories.legal_library import taxonomies

from .samples import pdf_bytes, png_bytes

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()


@pytest.fixture
def complaint():
    """A citizen's submission with an ID-card scan, a complaint letter and an invitation."""
    return services.receive(
        channel=Channel.WEB_FORM,
        subject="Phản ánh tập kết vật liệu xây dựng trên vỉa hè đường Phạm Văn Đồng",
        body="Đề nghị phường kiểm tra, xử lý.",
        files=[
            ("cccd-mat-truoc.png", png_bytes(), "png"),
            ("don-phan-anh.pdf", pdf_bytes(), "pdf"),
            ("giay-moi.pdf", pdf_bytes(), "pdf"),
        ],
        sender_name="Phạm Văn Hùng",
    )


@pytest.fixture
def second_editor(make_user):
    return make_user("bien-tap-2", roles.EDITOR)


def make_news_draft(client, record, news_section):
    client.post(
        reverse("intake_register:draft", args=(record.pk,)),
        {"target": f"page:{news_section.pk}:sections.newspage"},
    )
    record.refresh_from_db()
    return NewsPage.objects.get(pk=record.page_id)


def media_of(record):
    documents = list(Document.objects.filter(title__contains=record.tracking_code).order_by("pk"))
    images = list(Image.objects.filter(title__contains=record.tracking_code))
    return documents, images


def anonymous_gets_file(document):
    response = Client().get(document.url)
    return response.status_code == 200 and b"%PDF" in b"".join(response.streaming_content)


def api_ids(endpoint):
    response = Client().get(f"/api/v2/{endpoint}/?limit=100")
    assert response.status_code == 200
    return {item["id"] for item in response.json()["items"]}


def run_workflow(obj, submitter, reviewers):
    obj.get_workflow().start(obj, submitter)
    for reviewer in reviewers:
        obj.refresh_from_db()
        task_state = obj.current_workflow_task_state
        task_state.task.specific.on_action(task_state, reviewer, "approve", comment="")
    obj.refresh_from_db()


# -- before publication --------------------------------------------------------------------------------


def test_the_draft_s_files_are_in_the_private_collection(login, editor, complaint, news_section):
    make_news_draft(login(editor), complaint, news_section)
    documents, images = media_of(complaint)

    assert len(documents) == 2 and len(images) == 1
    for item in [*documents, *images]:
        assert item.collection.name == PRIVATE_COLLECTION_NAME
        assert item.collection.get_view_restrictions().exists()
    # Stored names carry a random part: the storage address cannot be guessed from the file's name.
    assert documents[0].file.name != "documents/don-phan-anh.pdf"
    assert not images[0].file.name.endswith("original_images/cccd-mat-truoc.png")


def test_nobody_outside_the_staff_fetches_them(login, editor, contributor, complaint, news_section):
    page = make_news_draft(login(editor), complaint, news_section)
    documents, images = media_of(complaint)

    for document in documents:
        assert not anonymous_gets_file(document)
        response = login(contributor).get(document.url)
        assert response.status_code != 200
        assert Client().get(f"/api/v2/documents/{document.pk}/").status_code == 404
    assert Client().get(f"/api/v2/images/{images[0].pk}/").status_code == 404
    assert not {document.pk for document in documents} & api_ids("documents")
    assert images[0].pk not in api_ids("images")

    for query in ("don-phan-anh", "cccd", complaint.tracking_code, "vật liệu xây dựng"):
        search = Client().get(reverse("search"), {"q": query}).content.decode()
        assert "/documents/" not in search and "original_images" not in search
        assert page.url not in search
    assert "/documents/" not in Client().get("/sitemap.xml").content.decode()
    assert page.url not in Client().get("/sitemap.xml").content.decode()


def test_the_editorial_staff_open_them(login, editor, complaint, news_section):
    make_news_draft(login(editor), complaint, news_section)
    documents, _images = media_of(complaint)
    response = login(editor).get(documents[0].url)
    assert response.status_code == 200


# -- after publication ---------------------------------------------------------------------------------------


def test_publication_makes_public_only_the_files_the_page_still_uses(
    login, editor, second_editor, editor_in_chief, complaint, news_section
):
    page = make_news_draft(login(editor), complaint, news_section)
    documents, images = media_of(complaint)
    letter, invitation = documents
    # The editor keeps the letter and takes out the invitation and the ID-card scan.
    page.attachments = [("document", letter)]
    page.image = None
    page.save_revision(user=editor)

    run_workflow(page, editor, [second_editor, editor_in_chief])

    assert page.live
    assert anonymous_gets_file(letter)
    assert letter.pk in api_ids("documents")
    assert not anonymous_gets_file(invitation)
    assert invitation.pk not in api_ids("documents")
    assert images[0].pk not in api_ids("images")
    released = ModelLogEntry.objects.filter(action="intake.file_released", object_id=str(letter.pk))
    assert released.exists()


def test_a_legal_document_s_files_are_private_until_it_is_published(
    login, editor, second_editor, editor_in_chief, complaint
):
    taxonomies()
    decision = DocumentType.objects.get(slug="quyet-dinh")
    login(editor).post(
        reverse("intake_register:draft", args=(complaint.pk,)), {"target": f"legal:{decision.pk}"}
    )
    legal = LegalDocument.objects.order_by("-pk").first()
    files = [attachment.file for attachment in legal.attachments.all()]
    assert files
    assert not any(anonymous_gets_file(file) for file in files if file.file.name.endswith(".pdf"))
    assert not {file.pk for file in files} & api_ids("documents")

    run_workflow(legal, editor, [second_editor, editor_in_chief])

    assert legal.live
    assert {file.pk for file in files} <= api_ids("documents")
