"""What the public sees of comments: nothing before moderation; once approved only the comment, the
commenter's initials or organisation, the article and the date; never a name, email or phone, in the page,
the feeds, search or the API; and whatever was typed (script, formulas) shown as inert text."""

import json

import pytest

from moderation.consultations import services
from moderation.consultations.models import Status
from tests.factories.moderation import ConsultationCommentFactory

from .conftest import comment_url, form_data

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script>=HYPERLINK("http://evil.example","bấm")'
CONTACT = ("Lê Thị Riêng Tư", "rieng.tu@example.vn", "0987 654 321")


@pytest.fixture
def editor_user(django_user_model):
    return django_user_model.objects.create_user(username="bien-tap-vien-gop-y", password="x")


def test_a_comment_is_not_public_before_moderation(client, consultation):
    client.post(comment_url(consultation), form_data(body="Ý kiến chờ kiểm duyệt số 17"))
    html = client.get(consultation.url).content.decode()
    assert "Ý kiến chờ kiểm duyệt số 17" not in html
    assert "Chưa có ý kiến góp ý nào được công bố. Ý kiến được hiển thị sau khi kiểm duyệt." in html


def test_an_approved_comment_shows_initials_article_and_date_but_no_contact(
    client, consultation, editor_user
):
    comment = ConsultationCommentFactory(
        page=consultation,
        name=CONTACT[0],
        email=CONTACT[1],
        phone=CONTACT[2],
        article="Điều 2. Giờ mở cửa chợ",
        body="Đề nghị giữ giờ mở cửa hiện nay.",
    )
    services.moderate(comment, Status.APPROVED, editor_user)
    html = client.get(consultation.url).content.decode()
    assert "Đề nghị giữ giờ mở cửa hiện nay." in html
    assert "<strong>L.T.R.T.</strong> · Điều 2. Giờ mở cửa chợ" in html
    for private in CONTACT:
        assert private not in html


def test_an_organisation_is_shown_instead_of_initials(client, consultation, editor_user):
    comment = ConsultationCommentFactory(
        page=consultation, organisation="Hội Phụ nữ phường", body="Nhất trí."
    )
    services.moderate(comment, Status.APPROVED, editor_user)
    html = client.get(consultation.url).content.decode()
    assert "<strong>Hội Phụ nữ phường</strong> · Toàn bộ dự thảo" in html


def test_a_hidden_comment_stays_off_the_page(client, consultation, editor_user):
    comment = ConsultationCommentFactory(page=consultation, body="Nội dung không phù hợp")
    services.moderate(comment, Status.HIDDEN, editor_user, reason="Không liên quan đến dự thảo")
    html = client.get(consultation.url).content.decode()
    assert "Nội dung không phù hợp" not in html
    assert "Không liên quan đến dự thảo" not in html


def test_script_and_formulas_typed_in_every_field_are_inert_on_the_page(client, consultation, editor_user):
    response = client.post(
        comment_url(consultation),
        form_data(name=HOSTILE[:200], organisation=HOSTILE[:200], body=HOSTILE, phone="=1+1"),
    )
    assert response.status_code == 302
    comment = consultation.public_comments.get()
    services.moderate(comment, Status.APPROVED, editor_user)
    html = client.get(consultation.url).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;=HYPERLINK(" in html
    assert "=1+1" not in html


def test_a_refused_form_shows_back_hostile_text_inert(client, consultation):
    response = client.post(comment_url(consultation), form_data(name=HOSTILE[:200], body=HOSTILE, consent=""))
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


def test_contact_data_never_reaches_feeds_search_or_the_api(client, consultation, editor_user, section):
    comment = ConsultationCommentFactory(
        page=consultation, name=CONTACT[0], email=CONTACT[1], phone=CONTACT[2], body="Ý kiến công khai"
    )
    services.moderate(comment, Status.APPROVED, editor_user)
    answers = [
        client.get(f"{section('tin-tuc').url}rss/"),
        client.get(f"{section('hoi-dap').url}rss/"),
        client.get("/tim-kiem/", {"q": "quản lý chợ"}),
        client.get("/tim-kiem/", {"q": "Ý kiến công khai"}),
        client.get("/api/v2/pages/", {"type": "sections.ConsultationPage", "fields": "*"}),
        client.get(f"/api/v2/pages/{consultation.pk}/"),
        client.get("/sitemap.xml"),
    ]
    for response in answers:
        assert response.status_code == 200, response.request
        text = response.content.decode()
        for private in CONTACT:
            assert private not in text
    # The search does find the consultation (its title is marked up where the words match).
    assert [result.page.pk for result in answers[2].context["results"]] == [consultation.pk]
    detail = json.loads(answers[5].content)
    assert detail["title"] == consultation.title
