"""Pages work under their Content-Security-Policy in a real browser: the public pages run their script with
the nonce, and Wagtail's admin (dashboard, page explorer, page editor with its preview, image library) runs
under the admin's policy. Chromium reports every refused script, style or frame on its console."""

import pytest
from django.contrib.auth import get_user_model

from sections.models import NewsPage
from tests.factories.core import PASSWORD, UserFactory

pytestmark = pytest.mark.usefixtures("portal_content")

PUBLIC = ["/", "/tin-tuc/", "/van-ban/", "/tim-kiem/?q=an+ninh", "/lien-he/gui-thong-tin/"]


@pytest.fixture(scope="module")
def administrator(portal_content, django_db_blocker):
    with django_db_blocker.unblock():
        user = UserFactory(username="quan-tri-csp-trinh-duyet", superuser=True)
        news = NewsPage.objects.live().first()
        parent_pk = news.get_parent().pk
    yield user, news, parent_pk
    with django_db_blocker.unblock():
        get_user_model().objects.filter(pk=user.pk).delete()


def watch_violations(page):
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return violations


def test_public_pages_run_under_their_policy(portal_url, page_at):
    page = page_at(1280)
    violations = watch_violations(page)
    for path in PUBLIC:
        response = page.goto(portal_url + path)
        assert response.status == 200, path
        assert "'nonce-" in response.headers["content-security-policy"]
    # portal.js ran under the nonce: it shows the display tools, hidden without JavaScript
    assert page.evaluate("document.querySelector('[data-display-tools]').hidden") is False
    assert violations == []


def test_the_admin_works_under_its_policy(portal_url, page_at, administrator):
    user, news, parent_pk = administrator
    page = page_at(1280)
    violations = watch_violations(page)
    page.goto(portal_url + "/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(portal_url + "/admin/")
    for path in [
        "/admin/",
        f"/admin/pages/{parent_pk}/",
        f"/admin/pages/{news.pk}/edit/",
        "/admin/images/",
        "/admin/documents/",
    ]:
        response = page.goto(portal_url + path)
        assert response.status == 200, path
        page.wait_for_load_state("networkidle")
    # The editor's scripts ran: the page editor's form is enhanced (Stimulus controllers connected).
    page.goto(portal_url + f"/admin/pages/{news.pk}/edit/")
    page.wait_for_selector("[data-controller] .w-panel, .w-panel", timeout=10_000)
    assert page.evaluate("typeof window.wagtail") == "object"
    assert violations == []
