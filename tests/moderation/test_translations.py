"""Translations pass the editorial workflow: every way wagtail-localize offers to put a translation in front
of the public is tried here, as each role, and only the editor-in-chief's final approval makes it live."""

from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, Translation

from moderation import roles
from tests.factories.sections import StandardPageFactory

from .helpers import refused

ROLES = [roles.EDITOR, roles.EDITOR_IN_CHIEF, roles.ADMINISTRATOR, "superuser"]
ENGLISH_TITLE = "Functions and duties of the ward People’s Committee"
ENGLISH_SUMMARY = "The ward People's Committee is the local state administrative body."


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def person(make_user):
    def make(role):
        if role == "superuser":
            return make_user("sieu-quan-tri", superuser=True)
        return make_user(f"nguoi-{roles.ROLES.index(role)}", role)

    return make


@pytest.fixture
def live_page(db):
    return StandardPageFactory()


def english_version(page, english):
    return Page.objects.filter(translation_key=page.translation_key, locale=english).first()


def translate(client, page, english):
    """What "Translate this page" posts: the English translation of `page` is created."""
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [english.pk]}
    )


def translate_strings(client, translation, texts):
    """What the translator types in localize's editor, string by string (saved as they type)."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        value = texts.get(segment.string.data)
        if value is not None:
            response = client.put(
                reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
                urlencode({"value": value}),
                content_type="application/x-www-form-urlencoded",
            )
            assert response.status_code in (200, 201), response.content


def translation_of(page, english):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=english)


def approve(page, user):
    page.refresh_from_db()
    state = page.current_workflow_task_state.specific
    state.task.specific.on_action(state, user, "approve", comment="")


@pytest.fixture
def translated_draft(login, make_user, live_page, english):
    """The English translation of a live Vietnamese page, its strings translated, not submitted yet."""
    translator = make_user("bien-dich", roles.EDITOR)
    client = login(translator)
    assert translate(client, live_page, english).status_code == 302
    translate_strings(
        client,
        translation_of(live_page, english),
        {live_page.title: ENGLISH_TITLE, live_page.summary: ENGLISH_SUMMARY},
    )
    return client, english_version(live_page, english).specific


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """localize publishes once the transaction commits: run what was left for then, as in production."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.mark.parametrize("role", ROLES)
def test_a_new_translation_of_a_live_page_is_a_draft(role, person, login, live_page, english, committed):
    client = login(person(role))
    with committed():
        response = translate(client, live_page, english)
    assert response.status_code == 302
    translated = english_version(live_page, english)
    assert translated is not None and not translated.live
    assert Client().get(f"/en{live_page.url}").status_code == 404


@pytest.mark.parametrize("role", ROLES)
def test_localize_publish_button_is_refused(role, person, login, translated_draft, live_page, committed):
    _, translated = translated_draft
    client = login(person(role))
    with committed():
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[translated.pk]), {"action": "publish"}
        )
    assert refused(response) or response.status_code == 403
    translated.refresh_from_db()
    assert not translated.live and translated.title != ENGLISH_TITLE


@pytest.mark.parametrize("role", ROLES)
def test_sync_and_publish_immediately_is_refused(
    role, person, login, translated_draft, live_page, english, committed
):
    _, translated = translated_draft
    source = translation_of(live_page, english).source
    client = login(person(role))
    with committed():
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}
        )
    assert response.status_code == 403
    translated.refresh_from_db()
    assert not translated.live


@pytest.mark.parametrize("role", ROLES)
def test_convert_to_alias_is_refused(role, person, login, translated_draft):
    _, translated = translated_draft
    client = login(person(role))
    response = client.post(reverse("wagtail_localize:convert_to_alias", args=[translated.pk]))
    assert response.status_code == 403
    translated.refresh_from_db()
    assert translated.alias_of_id is None and not translated.live


def test_a_translation_goes_live_only_when_the_editor_in_chief_approves(
    translated_draft, live_page, english, editor, editor_in_chief
):
    client, translated = translated_draft
    response = client.post(reverse("moderation:submit_translation", args=[translated.pk]))
    assert response.status_code == 302
    translated = Page.objects.get(pk=translated.pk)
    assert WorkflowState.objects.active().filter(object_id=str(translated.pk)).exists()
    assert not translated.live
    assert translated.get_latest_revision().as_object().title == ENGLISH_TITLE

    approve(translated, editor)
    translated.refresh_from_db()
    assert not translated.live
    assert Client().get(f"/en{live_page.url}").status_code == 404

    approve(translated, editor_in_chief)
    translated.refresh_from_db()
    assert translated.live and translated.title == ENGLISH_TITLE
    page = Client().get(translated.url)
    assert page.status_code == 200 and ENGLISH_TITLE in page.content.decode()


def test_an_updated_translation_stays_out_of_public_view_until_approved(
    translated_draft, live_page, english, editor, editor_in_chief
):
    """Once live, a translation updated after its source changed is written by localize into the page row
    the public reads: the public keeps the approved text until the new draft is approved."""
    client, translated = translated_draft
    client.post(reverse("moderation:submit_translation", args=[translated.pk]))
    approve(translated, editor)
    approve(translated, editor_in_chief)
    public_url = Page.objects.get(pk=translated.pk).url

    live_page.title = "Chức năng, nhiệm vụ và quyền hạn của Ủy ban nhân dân phường"
    live_page.save_revision().publish(skip_permission_checks=True)
    # Out of date at once: the report lists the translation as waiting for the new string.
    report = client.get(
        reverse("wagtail_localize:translations_report_results"), {"waiting_for_translation": "true"}
    )
    assert live_page.title in report.content.decode()
    translate_strings(client, translation_of(live_page, english), {live_page.title: "Unreviewed new title"})

    response = client.post(reverse("moderation:submit_translation", args=[translated.pk]))
    assert response.status_code == 302
    translated = Page.objects.get(pk=translated.pk)
    assert translated.live and translated.title == ENGLISH_TITLE and translated.has_unpublished_changes
    assert translated.get_latest_revision().as_object().title == "Unreviewed new title"
    html = Client().get(public_url).content.decode()
    assert ENGLISH_TITLE in html and "Unreviewed new title" not in html

    approve(translated, editor)
    assert "Unreviewed new title" not in Client().get(public_url).content.decode()
    approve(translated, editor_in_chief)
    assert "Unreviewed new title" in Client().get(Page.objects.get(pk=translated.pk).url).content.decode()


def test_translating_a_page_of_a_synchronised_tree_keeps_it_off_line_until_approved(
    login, make_user, live_page, english, committed
):
    """A synchronised tree holds live aliases (the Vietnamese text at English addresses); "Translate this
    page" turns one into a translation, which must not be live before the review."""
    alias = live_page.copy_for_translation(english, copy_parents=True, alias=True)
    assert Page.objects.get(pk=alias.pk).live
    client = login(make_user("bien-dich", roles.EDITOR_IN_CHIEF))
    with committed():
        assert translate(client, live_page, english).status_code == 302
    translated = Page.objects.get(pk=alias.pk)
    assert translated.alias_of_id is None and not translated.live
    assert Client().get(f"/en{live_page.url}").status_code == 404


def test_contributors_cannot_submit_translations(login, contributor, translated_draft):
    _, translated = translated_draft
    response = login(contributor).post(reverse("moderation:submit_translation", args=[translated.pk]))
    assert refused(response) or response.status_code == 403
    assert not WorkflowState.objects.filter(object_id=str(translated.pk)).exists()
