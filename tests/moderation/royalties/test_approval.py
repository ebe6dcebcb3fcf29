"""The editor-in-chief sets the royalty at the final approval; the rate of that day stays with it."""

import json
from decimal import Decimal

from django.urls import reverse
from wagtail.models import ModelLogEntry, TaskState, Workflow

from moderation import roles
from moderation.royalties.models import RoyaltyApprovalTask, RoyaltyLine, RoyaltyRecord

from ..helpers import refused, workflow_action_url
from .conftest import RATE


def approve_data(**fields):
    data = {"comment": "Duyệt đăng.", "kind": "tin", "coefficient": "2.5", "outside_authors": ""}
    data.update(fields)
    return data


def test_the_workflow_final_step_is_the_royalty_task_of_the_editor_in_chief(db):
    workflow = Workflow.objects.get(name="Quy trình duyệt tin bài")
    final = workflow.workflow_tasks.order_by("sort_order").last().task.specific
    assert isinstance(final, RoyaltyApprovalTask)
    assert final.name == "Trưởng Ban Biên tập phê duyệt"
    assert list(final.groups.values_list("name", flat=True)) == [roles.EDITOR_IN_CHIEF]


def test_setting_a_coefficient_at_final_approval_publishes_and_records_the_amount(
    rate, login, editor_in_chief, contributor, approved_by_editor
):
    page = approved_by_editor(contributor)
    response = login(editor_in_chief).post(
        workflow_action_url(page, "approve"),
        approve_data(contributors=[contributor.pk], outside_authors="Nguyễn Thị Lan"),
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    record = RoyaltyRecord.objects.for_object(page).get()
    assert (record.coefficient, record.rate, record.amount) == (Decimal("2.5"), RATE, 500_000)
    assert record.approved_by == editor_in_chief
    assert record.task_state.status == TaskState.STATUS_APPROVED
    lines = list(record.lines.order_by("pk").values_list("user", "name", "amount"))
    assert lines == [(contributor.pk, "ctv-tin-tuc", 250_000), (None, "Nguyễn Thị Lan", 250_000)]
    entry = ModelLogEntry.objects.get(action="royalties.record.create", object_id=str(record.pk))
    assert entry.user == editor_in_chief
    assert entry.data["new"]["amount"] == 500_000


def test_the_approval_form_offers_the_page_owner_and_byline_as_authors(
    login, editor_in_chief, contributor, approved_by_editor
):
    page = approved_by_editor(contributor)
    page.author = "Thu Trang"
    page.save_revision(user=contributor)
    response = login(editor_in_chief).get(
        workflow_action_url(page, "approve"), headers={"x-requested-with": "XMLHttpRequest"}
    )

    html = json.loads(response.content)["html"]
    assert 'name="coefficient"' in html
    assert f'value="{contributor.pk}"' in html and "checked" in html
    assert "Thu Trang" in html


def test_save_and_approve_from_the_editor_passes_the_royalty_as_json(
    rate, login, editor_in_chief, contributor, approved_by_editor
):
    page = approved_by_editor(contributor)
    task_state = page.current_workflow_task_state.specific
    url = reverse("wagtailadmin_pages:collect_workflow_action_data", args=(page.pk, "approve", task_state.pk))
    # The page editor asks the modal for the data, then posts them back as JSON with the page.
    response = login(editor_in_chief).post(
        url,
        {"comment": "", "kind": "anh", "coefficient": "1.25", "contributors": [contributor.pk]},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    extra = json.loads(response.content)["cleaned_data"]
    task_state.task.specific.on_action(task_state, editor_in_chief, "approve", **extra)

    record = RoyaltyRecord.objects.for_object(page).get()
    assert (record.kind, record.amount) == ("anh", 250_000)


def test_approval_without_a_coefficient_publishes_and_waits_for_its_royalty(
    rate, login, editor_in_chief, contributor, approved_by_editor
):
    page = approved_by_editor(contributor)
    client = login(editor_in_chief)
    client.post(workflow_action_url(page, "approve"), {"comment": ""})

    page.refresh_from_db()
    assert page.live and not RoyaltyRecord.objects.for_object(page).exists()
    state = TaskState.objects.get(
        workflow_state__object_id=str(page.pk), task__name="Trưởng Ban Biên tập phê duyệt"
    )
    assert page.title in client.get(reverse("royalties:pending")).content.decode()

    response = client.post(
        reverse("royalties:set", args=[state.pk]),
        {"kind": "bai", "coefficient": "3", "contributors": [contributor.pk], "outside_authors": ""},
    )
    assert response.status_code == 302
    record = RoyaltyRecord.objects.for_object(page).get()
    assert (record.amount, record.task_state_id) == (600_000, state.pk)
    assert state not in client.get(reverse("royalties:pending")).context["task_states"]


def test_a_positive_coefficient_needs_an_author(
    rate, login, editor_in_chief, contributor, approved_by_editor
):
    page = approved_by_editor(contributor)
    response = login(editor_in_chief).post(
        workflow_action_url(page, "approve"),
        approve_data(),
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert (
        "Name at least one author" in json.loads(response.content)["html"]
        or "tác giả" in json.loads(response.content)["html"]
    )
    page.refresh_from_db()
    assert not page.live


def test_a_rate_change_does_not_alter_past_amounts_and_is_audited(rate, royalty, editor_in_chief):
    record = royalty("2", outside="Minh Anh")
    rate(300_000)

    record.refresh_from_db()
    assert (record.rate, record.amount) == (RATE, 400_000)
    assert RoyaltyLine.objects.get(record=record).amount == 400_000
    later = royalty("2", outside="Minh Anh")
    assert (later.rate, later.amount) == (300_000, 600_000)
    entry = ModelLogEntry.objects.filter(action="royalties.rate.change").latest("timestamp")
    assert entry.data == {"old": {"rate_per_point": RATE}, "new": {"rate_per_point": 300_000}}


def test_an_editor_cannot_set_the_royalty_or_give_the_final_approval(
    rate, login, editor, contributor, approved_by_editor
):
    page = approved_by_editor(contributor)
    task_state = page.current_workflow_task_state.specific
    assert task_state.task.specific.get_actions(page, editor) == []
    client = login(editor)
    response = client.post(workflow_action_url(page, "approve"), approve_data(contributors=[contributor.pk]))

    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live and not RoyaltyRecord.objects.for_object(page).exists()
    assert refused(client.get(reverse("royalties:pending")))
    assert refused(client.get(reverse("royalties:set", args=[task_state.pk])))


def test_the_rate_is_edited_by_the_editor_in_chief_and_administrator_only(
    login, editor_in_chief, administrator, editor, contributor
):
    url = reverse("wagtailsettings:edit", args=["royalties", "royaltysettings"])
    for person in (editor_in_chief, administrator):
        assert login(person).get(url, follow=True).status_code == 200
        assert login(person).get(url, follow=True).resolver_match.url_name == "edit"
    for person in (editor, contributor):
        response = login(person).get(url, follow=True)
        assert response.resolver_match.view_name == "wagtailadmin_home"


def test_a_byline_in_vietnamese_name_order_is_the_owner_not_another_author(make_user, draft_news):
    """Nguyễn Thị Lan is last_name "Nguyễn Thị", first_name "Lan": her byline must not pay her twice."""
    from moderation.royalties.services import initial_for

    owner = make_user("ctv-lan", roles.CONTRIBUTOR)
    owner.first_name, owner.last_name = "Lan", "Nguyễn Thị"
    owner.save()
    page = draft_news(owner)
    page.author = "Nguyễn  Thị Lan"
    page.save_revision(user=owner)

    initial = initial_for(page)

    assert initial["contributors"] == [owner.pk]
    assert initial["outside_authors"] == ""


def test_a_byline_naming_someone_else_is_an_outside_author(make_user, draft_news):
    from moderation.royalties.services import initial_for

    owner = make_user("ctv-lan-2", roles.CONTRIBUTOR)
    page = draft_news(owner)
    page.author = "Trần Văn Bình"
    page.save_revision(user=owner)

    assert initial_for(page)["outside_authors"] == "Trần Văn Bình"
