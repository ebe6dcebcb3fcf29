"""The publishing rule for translations: what the public reads of a translated page is what was approved.

wagtail-localize writes a translation into the target page's database row (`Translation.save_target`), then
saves a revision. When the target is already live (a translation updated after the source changed, a
subtree submitted again, an alias of a synchronised tree turned into a translation), that row *is* what the
public reads: the new, unreviewed text would be live without the editorial board. Two receivers keep the
rule for every page outside the default language, whichever way localize (or anything else) gets there:

- a live page saved without publishing a revision keeps, in its row, the content of its live revision; the
  new content stays in the latest revision, a draft that goes through the review workflow;
- a draft, or an alias being turned into a page of its own, does not become live by a plain save: only a
  revision's publication (the workflow's final approval) makes it live.

A publication is recognised by the live revision it sets (Wagtail's `PublishRevisionAction`), so the
workflow's final action and scheduled publishing pass untouched.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.models import Locale, Page, Revision

_default_locale = {}


def default_locale_id():
    """The id of the default language's locale, looked up once per process (and again when locales change)."""
    if "id" not in _default_locale:
        _default_locale["id"] = (
            Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values_list("pk", flat=True).first()
        )
    return _default_locale["id"]


def forget_default_locale(**kwargs):
    _default_locale.clear()


def hold_unapproved_translation(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save: decide whether a full save of a translated page would publish without the workflow."""
    if raw or update_fields is not None or not isinstance(instance, Page) or instance.pk is None:
        return
    if not instance.live or instance.alias_of_id or getattr(instance, "_portal_restoring_live", False):
        return  # an alias mirrors its source's approved content, as Wagtail keeps it
    if instance.locale_id == default_locale_id():
        return
    stored = (
        Page.objects.filter(pk=instance.pk)
        .values("live", "live_revision_id", "live_revision__object_id")
        .first()
    )
    if stored is None or instance.live_revision_id != stored["live_revision_id"]:
        return  # a new page, or the publication of a revision
    if not stored["live"] or stored["live_revision__object_id"] != str(instance.pk):
        # Going live, or an alias (live with its source's text and its source's live revision) turned into a
        # translation: nothing of its own was approved, so the page waits off line for its approval.
        instance.live = False
        instance.has_unpublished_changes = True
    else:
        instance._portal_live_revision_to_restore = stored["live_revision_id"]


def restore_live_content(sender, instance, raw=False, **kwargs):
    """post_save: put the live revision's content back into the row the public reads."""
    revision_id = instance.__dict__.pop("_portal_live_revision_to_restore", None)
    if raw or revision_id is None:
        return
    live = Revision.objects.get(pk=revision_id).as_object()
    live.live = True
    live.live_revision_id = revision_id
    live.has_unpublished_changes = True
    live._portal_restoring_live = True
    live.save(clean=False)


def connect():
    pre_save.connect(hold_unapproved_translation, dispatch_uid="core.hold_unapproved_translation")
    post_save.connect(restore_live_content, dispatch_uid="core.restore_live_content")
    post_save.connect(forget_default_locale, sender=Locale, dispatch_uid="core.locale_saved")
    post_delete.connect(forget_default_locale, sender=Locale, dispatch_uid="core.locale_deleted")
