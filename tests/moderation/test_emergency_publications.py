"""Emergency publications are listed until the editor-in-chief acknowledges each one."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry

from moderation.emergency import publish_in_emergency
from moderation.models import EmergencyPublication

from .helpers import opens, refused

pytestmark = pytest.mark.django_db

REASON = "Thông báo khẩn: cắt nước toàn phường từ 14 giờ hôm nay để sửa đường ống."


@pytest.fixture
def emergency(superuser, draft_news):
    page = draft_news(superuser, title="Thông báo cắt nước khẩn cấp")
    return publish_in_emergency(page, superuser, REASON)


def test_editor_in_chief_emergency_publishes_with_a_reason(login, editor_in_chief, draft_news):
    page = draft_news(editor_in_chief)

    login(editor_in_chief).post(reverse("moderation:emergency_publish", args=(page.pk,)), {"reason": REASON})

    page.refresh_from_db()
    assert page.live
    assert EmergencyPublication.objects.get(page=page).user == editor_in_chief


def test_administrator_emergency_publishes_with_a_reason(login, administrator, draft_news):
    page = draft_news(administrator)

    login(administrator).post(reverse("moderation:emergency_publish", args=(page.pk,)), {"reason": REASON})

    page.refresh_from_db()
    assert page.live


def test_the_report_lists_emergency_publications_with_their_reason(login, editor_in_chief, emergency):
    response = login(editor_in_chief).get(reverse("moderation:emergency_publications"))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Thông báo cắt nước khẩn cấp" in content
    assert REASON in content
    assert reverse("moderation:acknowledge_emergency", args=(emergency.pk,)) in content


def test_the_report_exports_to_csv(login, auditor, emergency):
    response = login(auditor).get(reverse("moderation:emergency_publications") + "?export=csv")

    assert response.status_code == 200
    assert REASON in b"".join(response.streaming_content).decode()


def test_editor_in_chief_acknowledges_and_it_is_logged(login, editor_in_chief, emergency):
    response = login(editor_in_chief).post(reverse("moderation:acknowledge_emergency", args=(emergency.pk,)))

    assert response.status_code == 302
    emergency.refresh_from_db()
    assert emergency.acknowledged_by == editor_in_chief
    assert emergency.acknowledged_at is not None
    entry = PageLogEntry.objects.get(action="portal.emergency_publish.acknowledge")
    assert (entry.page_id, entry.user) == (emergency.page_id, editor_in_chief)


def test_nobody_acknowledges_their_own_emergency_publication(login, editor_in_chief, draft_news):
    record = publish_in_emergency(draft_news(editor_in_chief), editor_in_chief, REASON)

    response = login(editor_in_chief).post(reverse("moderation:acknowledge_emergency", args=(record.pk,)))

    assert refused(response)
    record.refresh_from_db()
    assert not record.is_acknowledged


@pytest.mark.parametrize("role", ["administrator", "editor", "auditor"])
def test_only_the_editor_in_chief_acknowledges(login, request, emergency, role):
    user = request.getfixturevalue(role)

    response = login(user).post(reverse("moderation:acknowledge_emergency", args=(emergency.pk,)))

    assert refused(response)
    emergency.refresh_from_db()
    assert not emergency.is_acknowledged


def test_the_dashboard_shows_the_editor_in_chief_how_many_await_acknowledgement(
    login, editor_in_chief, emergency
):
    client = login(editor_in_chief)

    before = client.get(reverse("wagtailadmin_home")).content.decode()
    client.post(reverse("moderation:acknowledge_emergency", args=(emergency.pk,)))
    after = client.get(reverse("wagtailadmin_home")).content.decode()

    assert reverse("moderation:emergency_publications") in before
    assert "moderation-emergencies" in before
    assert "moderation-emergencies" not in after


def test_editors_do_not_see_the_report(login, editor, contributor):
    for user in (editor, contributor):
        assert not opens(login(user), reverse("moderation:emergency_publications"))
