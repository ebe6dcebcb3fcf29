"""Translations through the review workflow.

wagtail-localize's editor saves each translated string as the translator types, and offers "Publish", which
the publishing rule refuses to everyone. This is the road it leaves to the public: "Submit the translation
for review" writes the translated strings into a new revision of the translated page (a draft: the rule in
`core/translations.py` keeps a live page showing what was approved) and starts the review workflow, whose
final approval publishes that revision as it publishes any page.

When a page that has translations is published again, its strings in localize are refreshed at once (the
translated pages do not change): the new or changed strings show as untranslated in localize's editor, and
the translations report (Reports → Translations, "Waiting for translations") lists the translation as out of
date, without anyone having to press "Sync translated pages" first.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.signals import page_published
from wagtail_localize.models import Translation, TranslationSource


def enabled_translation(page):
    """The synced localize translation whose target is `page`, or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def can_submit_translation(user, page):
    """Who may edit the translated page may send it to the review (Wagtail's own test does not ask)."""
    permissions = page.permissions_for_user(user)
    return permissions.can_edit() and not permissions.page_locked() and page.has_workflow


def submit_translation_for_review(request, page_id):
    page = get_object_or_404(Page, id=page_id).specific
    translation = enabled_translation(page)
    if translation is None:
        raise Http404
    if not can_submit_translation(request.user, page):
        raise PermissionDenied
    if request.method == "POST":
        if page.workflow_in_progress:
            messages.error(request, _("This translation is already in review."))
            return redirect("wagtailadmin_pages:edit", page.pk)
        try:
            translation.save_target(user=request.user, publish=False)
        except ValidationError as error:
            messages.error(
                request,
                _("The translation could not be saved: %(errors)s") % {"errors": "; ".join(error.messages)},
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
        page = Page.objects.get(pk=page.pk).specific
        revision = page.get_latest_revision()
        log(instance=page, action="wagtail.edit", user=request.user, revision=revision)
        page.get_workflow().start(page, request.user)
        messages.success(
            request,
            _("The translation '%(title)s' was submitted for review.")
            % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "moderation/submit_translation.html",
        {
            "page": page,
            "translation": translation,
            "page_title": _("Submit the translation for review"),
            "page_subtitle": page.get_admin_display_title(),
            "header_icon": "resubmit",
        },
    )


def refresh_translation_source(sender, instance, **kwargs):
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    if source is not None and source.translations.filter(enabled=True).exists():
        source.update_from_db()


def connect():
    page_published.connect(refresh_translation_source, dispatch_uid="moderation.refresh_translation_source")
