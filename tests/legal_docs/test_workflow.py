"""Legal documents pass the review workflow like pages: invisible until the editor-in-chief approves, and
nobody (superusers included) publishes one directly."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import WorkflowContentType

from legal_docs.wagtail_hooks import LegalDocumentViewSet
from moderation import roles
from moderation.workflows import WORKFLOW_NAME

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("legal_library")]


@pytest.fixture
def editor(make_user):
    return make_user("bientap", roles.EDITOR)


@pytest.fixture
def chief(make_user):
    return make_user("truongban", roles.EDITOR_IN_CHIEF)


@pytest.fixture
def reviewer(make_user):
    """An editor other than the one who submits: nobody approves their own submission (the review rule)."""
    return make_user("bientap2", roles.EDITOR)


def approve(document, user):
    state = document.current_workflow_state
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, user, "approve")
    document.refresh_from_db()


def test_legal_documents_are_in_the_review_workflow():
    assert WorkflowContentType.objects.get(content_type__model="legaldocument").workflow.name == WORKFLOW_NAME


def test_a_document_is_invisible_until_the_final_step_approves_it(
    client, make_document, editor, reviewer, chief
):
    document = make_document("601/2026/QĐ-TN", summary="Quyết định chờ duyệt", live=False)
    url = f"/van-ban/{document.slug}/"
    document.get_workflow().start(document, editor)
    assert client.get(url).status_code == 404
    approve(document, reviewer)
    assert not document.live and client.get(url).status_code == 404
    assert client.get("/van-ban/", {"q": "cho duyet"}).context["documents"].paginator.count == 0
    approve(document, chief)
    assert document.live
    assert client.get(url).status_code == 200
    assert client.get("/van-ban/", {"q": "cho duyet"}).context["documents"].paginator.count == 1


@pytest.mark.parametrize(
    "role", [roles.CONTRIBUTOR, roles.EDITOR, roles.EDITOR_IN_CHIEF, roles.ADMINISTRATOR]
)
def test_no_role_holds_the_publish_permission(make_user, role):
    user = make_user(f"u-{abs(hash(role))}", role)
    assert not LegalDocumentViewSet.permission_policy.user_has_permission(user, "publish")


def test_even_a_superuser_cannot_publish_directly(make_user):
    admin = make_user("sieu", superuser=True)
    assert not LegalDocumentViewSet.permission_policy.user_has_permission(admin, "publish")


EMPTY_RICH_TEXT = (
    '{"blocks":[{"key":"a","text":"","type":"unstyled","depth":0,"inlineStyleRanges":[],"entityRanges":[]}],'
    '"entityMap":{}}'
)


def edit_form(document, **extra):
    data = {
        "number": document.number,
        "document_type": document.document_type_id,
        "issuer": document.issuer_id,
        "level": document.level,
        "signer": "",
        "signer_position": "",
        "summary": document.summary,
        "issued_on": document.issued_on.isoformat(),
        "effective_on": "",
        "expires_on": "",
        "status_override": "",
        "slug": document.slug,
        "full_text": EMPTY_RICH_TEXT,
    }
    for prefix in ("attachments", "relations"):
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(extra)
    return data


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_posting_publish_from_the_editor_does_not_publish(login, make_user, make_document, editor, who):
    user = editor if who == "editor" else make_user("sieu2", superuser=True)
    document = make_document("602/2026/QĐ-TN", summary="Bản nháp", live=False)
    client = login(user)
    url = reverse(LegalDocumentViewSet().get_url_name("edit"), args=[document.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="action-publish"' not in page.content.decode()
    client.post(url, edit_form(document, summary="Bản nháp đã sửa", **{"action-publish": "1"}))
    document.refresh_from_db()
    assert not document.live
    assert client.get(f"/van-ban/{document.slug}/").status_code == 404


def test_the_editor_submits_from_the_admin_and_the_chief_publishes(
    login, make_document, editor, reviewer, chief
):
    document = make_document("603/2026/QĐ-TN", summary="Gửi duyệt", live=False)
    url = reverse(LegalDocumentViewSet().get_url_name("edit"), args=[document.pk])
    response = login(editor).post(url, edit_form(document, **{"action-submit": "1"}))
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.current_workflow_state is not None and not document.live
    approve(document, reviewer)
    approve(document, chief)
    assert document.live
    assert document.live_revision.content["summary"] == "Gửi duyệt"


def test_the_admin_lists_and_filters_documents(login, make_user, legal_library):
    admin = make_user("sieu3", superuser=True)
    client = login(admin)
    url = reverse(LegalDocumentViewSet().get_url_name("list"))
    response = client.get(
        url,
        {
            "document_type": legal_library["42/2022/NĐ-CP"].document_type_id,
            "status": "het-hieu-luc",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "42/2022/NĐ-CP" in html and "218/2025/QĐ-UBND" not in html
    assert "224/2026/NĐ-CP" not in html  # a decree too, in force


def test_a_draft_document_can_be_previewed(login, make_user, make_document):
    admin = make_user("sieu4", superuser=True)
    document = make_document("604/2026/QĐ-TN", summary="Xem trước", live=False)
    assert datetime.date.today()
    url = reverse(LegalDocumentViewSet().get_url_name("preview_on_edit"), args=[document.pk])
    client = login(admin)
    edit_url = reverse(LegalDocumentViewSet().get_url_name("edit"), args=[document.pk])
    client.post(url, edit_form(document))
    response = client.get(url)
    assert response.status_code == 200 and "604/2026/QĐ-TN" in response.content.decode()
    assert client.get(edit_url).status_code == 200
