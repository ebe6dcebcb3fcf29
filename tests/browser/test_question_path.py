"""A citizen's question answered through the workflow, in a real browser, the citizen on a 360 px phone.

The citizen asks on /hoi-dap/ (a refused form first), gets a tracking code; an editor drafts the answer from
the admin queue and submits it; a second editor approves the first step and the editor-in-chief the final
one, which publishes it; the citizen's tracking page then shows the answer's link. axe-core finds no WCAG
2.1 A/AA violation on the new public pages (the form, the form refused, the confirmation, the tracking page
with its result, the filtered list).

People and records are made through the ORM outside any test transaction (see test_editorial_path.py) and
deleted at the end.
"""

import json
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.crypto import get_random_string
from playwright.sync_api import expect
from wagtail.models import Page

from moderation import roles
from moderation.questions.models import QuestionRecord
from sections.models import QuestionPage
from tests.audit_record import audit_record_snapshot, remove_audit_record_since

from . import test_editorial_path as editorial_path
from .conftest import SCREENSHOTS
from .test_editorial_path import PASSWORD, click_and_wait, dashboard_action, open_editor_footer_menu, quiet
from .test_portal import AXE_OPTIONS, _violations

orm = editorial_path.orm  # the fixture: database access next to Playwright

NAME = "Vũ Thị Mai"
QUESTION = "Xin hỏi đăng ký thường trú cho con mới sinh cần những giấy tờ gì?"
ANSWER = "Chị mang giấy khai sinh của cháu và căn cước của cha mẹ đến Công an phường."

axe = Axe()


@pytest.mark.django_db
def test_the_questions_section_is_in_the_skeleton(section):
    """Runs first, and makes pytest-django create the test database (the browser test uses none)."""
    assert section("hoi-dap").specific_class.__name__ == "QuestionIndexPage"


@pytest.fixture
def office(portal_url, orm):
    """Two editors and an editor-in-chief; deletes them, the questions and the answers afterwards."""
    suffix = get_random_string(6, "abcdefghijkmnpqrstuvwxyz23456789")
    people = {}
    with orm():
        audit_before = audit_record_snapshot()
        questions_before = list(QuestionRecord.objects.values_list("pk", flat=True))
        for key, role, first, last in [
            ("editor", roles.EDITOR, "Minh", "Trần Văn"),
            ("reviewer", roles.EDITOR, "Thu", "Lê Thị"),
            ("chief", roles.EDITOR_IN_CHIEF, "Hùng", "Phạm Quốc"),
        ]:
            user = get_user_model().objects.create_user(
                username=f"qa-{key}-{suffix}",
                email=f"qa-{key}-{suffix}@duongkinh.test",
                password=PASSWORD,
                first_name=first,
                last_name=last,
            )
            user.groups.add(Group.objects.get(name=role))
            people[key] = user
    yield people
    with orm():
        users = list(people.values())
        for page in Page.objects.filter(owner__in=users):
            page.delete()
        QuestionRecord.objects.exclude(pk__in=questions_before).delete()
        for user in users:
            user.delete()
        remove_audit_record_since(audit_before)


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"question-{name}.png"), full_page=True)


def assert_no_axe_violations(page, name):
    shot(page, name)
    violations = _violations(axe.run(page, options=AXE_OPTIONS))
    assert not violations, f"axe on {page.url}:\n{json.dumps(violations, indent=1)}"


def sign_in(page_at, portal_url, user):
    page = page_at(1280, 1000)
    page.goto(portal_url + "/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("form button[type=submit]")
    return page


def test_a_citizen_question_is_answered_through_the_workflow(portal_url, page_at, office, orm, settings):
    # Wagtail autosaves a draft half a second after each change; a robot that submits at once races that
    # save and is refused as a conflict (a person never submits that fast). The server thread reads the
    # setting at each request.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    # 1. The citizen, on a phone, finds the form on /hoi-dap/; a form without contact is refused.
    phone = page_at(360, 800)
    phone.goto(portal_url + "/hoi-dap/")
    with phone.expect_navigation():
        phone.locator("main a", has_text="Đặt câu hỏi").first.click()
    assert phone.url.endswith("/hoi-dap/dat-cau-hoi/")
    assert_no_axe_violations(phone, "01-form")
    phone.fill("#id_asker_name", NAME)
    phone.select_option("#id_field", "khac")
    phone.fill("#id_question", QUESTION)
    phone.check("#id_consent")
    with phone.expect_navigation():
        phone.click("main form button[type=submit]")
    assert "Vui lòng nhập email hoặc số điện thoại" in phone.locator("main").inner_text()
    assert phone.locator("#id_question").input_value() == QUESTION
    assert_no_axe_violations(phone, "02-form-refused")
    phone.fill("#id_asker_email", "mai@example.com")
    phone.check("#id_consent")
    with phone.expect_navigation():
        phone.click("main form button[type=submit]")
    code = phone.locator(".tracking-code").inner_text().strip()
    assert code.startswith("HD-")
    assert_no_axe_violations(phone, "03-received")
    phone.context.close()

    # 2. An editor opens the queue, drafts the answer, writes it and submits it for review.
    page = sign_in(page_at, portal_url, office["editor"])
    page.goto(portal_url + "/admin/questions/")
    shot(page, "04-queue")
    with page.expect_navigation():
        page.locator("table.listing a", has_text=code).first.click()
    click_and_wait(page, "form button:has-text('Soạn câu trả lời')")
    assert page.locator("#id_question").input_value() == QUESTION
    assert page.locator("#id_asker").input_value() == "V.T.M."
    answer_box = page.locator("[data-contentpath='answer'] .public-DraftEditor-content")
    answer_box.click()
    page.keyboard.type(ANSWER)
    expect(answer_box).to_contain_text(ANSWER)
    # The editor writes its content into the form's hidden field a moment after the last key.
    expect(page.locator("#id_answer")).to_have_value(re.compile(re.escape(ANSWER)))
    title = page.locator("#id_title").input_value()
    shot(page, "05-draft-answer")
    open_editor_footer_menu(page)
    click_and_wait(page, "footer button[name='action-submit']")
    shot(page, "06-submitted")
    quiet(page)
    page.context.close()
    with orm():
        draft = QuestionPage.objects.get(owner=office["editor"])
        state = draft.current_workflow_task_state
        assert (state.task.name, state.status, draft.title) == ("Biên tập viên duyệt", "in_progress", title)

    # 3. A second editor approves the first step, the editor-in-chief the final one: it is published.
    for key, number in (("reviewer", "07"), ("chief", "08")):
        page = sign_in(page_at, portal_url, office[key])
        shot(page, f"{number}-{key}-dashboard")
        row = page.locator("#awaiting-review-content tr", has_text=title)
        expect(row).to_have_count(1)  # on failure, the dashboard's screenshot above shows what was there
        dashboard_action(page, title, "/approve/", modal=True)
        click_and_wait(page, ".modal form button[type='submit']")
        shot(page, f"{number}-{key}-approved")
        quiet(page)
        page.context.close()

    with orm():
        answer = QuestionPage.objects.get(owner=office["editor"])
        record = QuestionRecord.objects.get(tracking_code=code)
        assert answer.live and record.status == "answered"
        answer_url = answer.url

    # 4. The citizen's tracking page shows the answer's link, which opens the answer without their name.
    phone = page_at(360, 800)
    phone.goto(portal_url + "/hoi-dap/tra-cuu/")
    phone.fill("#id_code", code)
    phone.fill("#id_contact", "mai@example.com")
    with phone.expect_navigation():
        phone.click("main form button[type=submit]")
    assert "Đã trả lời" in phone.locator("main").inner_text()
    assert_no_axe_violations(phone, "09-tracking-answered")
    with phone.expect_navigation():
        phone.locator(f"main a[href='{answer_url}']").click()
    main = phone.locator("main").inner_text()
    assert ANSWER in main and "V.T.M." in main and NAME not in main
    assert_no_axe_violations(phone, "10-answer")
    phone.goto(portal_url + "/hoi-dap/?linh-vuc=khong-co")
    assert_no_axe_violations(phone, "11-list")
    quiet(phone)
