"""An online dialogue in a real browser at 360 px: a citizen keeps the session page open; the editor-in-chief
publishes an answer in the admin; the answer appears on the citizen's page without a reload. axe finds no
violation on the session page or its question form.

Run with a django_db test module (tests/browser/conftest.py), e.g.
`.venv/bin/pytest -n 0 tests/browser/test_dialogue_live.py tests/core/test_calendar.py`.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.crypto import get_random_string
from playwright.sync_api import expect

from moderation import roles
from moderation.dialogue.models import DialogueQuestion
from tests.audit_record import audit_record_snapshot, remove_audit_record_since
from tests.factories.dialogue import DialoguePageFactory, DialogueQuestionFactory

from .conftest import SCREENSHOTS
from .test_editorial_path import PASSWORD, orm  # noqa: F401 - the fixture
from .test_portal import AXE_OPTIONS, _violations, axe

ANSWER = "Phường sẽ lắp 12 đèn chiếu sáng ngõ 45 trong tháng 12."


@pytest.mark.django_db
def test_a_new_dialogue_has_no_public_answer(client):
    """Runs first, so that pytest-django makes the test database when this module runs on its own too."""
    page = DialoguePageFactory()
    DialogueQuestionFactory(page=page, answered=True)
    assert "Phường sẽ lát lại vỉa hè" not in client.get(page.url).content.decode()


@pytest.fixture
def session(portal_url, orm):  # noqa: F811 - the fixture imported above
    """A live session with a question whose answer an editor has recorded, and an editor-in-chief."""
    suffix = get_random_string(6, "abcdefghijkmnpqrstuvwxyz23456789")
    with orm():
        audit_before = audit_record_snapshot()
        chief = get_user_model().objects.create_user(
            username=f"chief-{suffix}", email=f"chief-{suffix}@duongkinh.test", password=PASSWORD
        )
        chief.groups.add(Group.objects.get(name=roles.EDITOR_IN_CHIEF))
        page = DialoguePageFactory(title=f"Đối thoại trực tuyến {suffix}")
        question = DialogueQuestionFactory(
            page=page, answered=True, answer=ANSWER, question="Bao giờ ngõ 45 có đèn chiếu sáng?"
        )
    yield {"chief": chief, "page": page, "question": question}
    with orm():
        DialogueQuestion.objects.filter(page=page).delete()
        page.delete()
        chief.delete()
        remove_audit_record_since(audit_before)


def assert_no_axe_violations(page, name):
    results = axe.run(page, options=AXE_OPTIONS)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"dialogue-{name}-360.png"), full_page=True)
    assert _violations(results) == [], name


def test_an_answer_published_in_the_admin_appears_without_a_reload(portal_url, page_at, session):
    public = page_at(360)
    public.goto(portal_url + session["page"].url)
    expect(public.locator("#dialogue-answers")).to_contain_text("Chưa có câu trả lời nào được đăng.")
    assert_no_axe_violations(public, "page")
    public.evaluate("window.stillTheSamePage = true")

    admin = page_at(1280)
    admin.goto(portal_url + "/admin/login/")
    admin.fill("#id_username", session["chief"].username)
    admin.fill("#id_password", PASSWORD)
    with admin.expect_navigation():
        admin.click("form button[type=submit]")
    admin.goto(f"{portal_url}/admin/dialogue/inspect/{session['question'].pk}/")
    with admin.expect_navigation():
        admin.click("[data-dialogue-publish]")
    expect(admin.locator(".messages")).to_contain_text("Đã đăng câu trả lời")
    admin.goto("about:blank")

    # The page asks every 10 s (static/js/dialogue.js); the fragment is cached for 5 s at most.
    expect(public.locator("#dialogue-answers")).to_contain_text(ANSWER, timeout=30_000)
    expect(public.locator("#dialogue-answers")).to_contain_text("(L.T.H.)")
    assert public.evaluate("window.stillTheSamePage") is True
    assert_no_axe_violations(public, "page-answered")
    public.goto("about:blank")


def test_the_question_form_has_no_axe_violations(portal_url, page_at, session):
    form = page_at(360)
    form.goto(portal_url + session["page"].url)
    with form.expect_navigation():
        form.click(f"a[href='/doi-thoai-truc-tuyen/{session['page'].pk}/dat-cau-hoi/']")
    expect(form.locator("h1")).to_contain_text("Gửi câu hỏi tới buổi đối thoại trực tuyến")
    assert_no_axe_violations(form, "form")
    with form.expect_navigation():
        form.click("form.public-form button[type=submit]")  # empty: refused, with the summary of errors
    expect(form.locator("#form-errors")).to_be_visible()
    assert_no_axe_violations(form, "form-refused")
    form.goto("about:blank")
