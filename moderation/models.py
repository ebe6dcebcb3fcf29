"""The editorial office's records: who contributes to which section, every emergency publication, and the
review workflow's first step."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import GroupApprovalTask

from .review_rule import ReviewRuleMixin

# Sections are the children of a home page: root (1) → home page (2) → section (3).
SECTION_DEPTH = 3


class SectionAssignment(models.Model):
    """A contributor may draft pages in this section. Saving or deleting one keeps Wagtail's own
    permissions in step (see moderation.sections), so the explorer and choosers work natively."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("contributor"),
        on_delete=models.CASCADE,
        related_name="section_assignments",
    )
    section = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("section"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to={"depth": SECTION_DEPTH},
    )
    created_at = models.DateTimeField(_("assigned at"), auto_now_add=True)

    class Meta:
        verbose_name = _("section assignment")
        verbose_name_plural = _("section assignments")
        ordering = ["user__username", "section__path"]
        constraints = [
            models.UniqueConstraint(fields=["user", "section"], name="unique_section_assignment"),
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._original_user_id = self.user_id

    def __str__(self):
        return _("%(user)s in %(section)s") % {"user": self.user, "section": self.section}


class SectionGroup(models.Model):
    """The Wagtail group that carries one section's contributor permissions. Managed automatically."""

    section = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    group = models.OneToOneField("auth.Group", on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("section group")
        verbose_name_plural = _("section groups")

    def __str__(self):
        return self.group.name


class EmergencyPublication(models.Model):
    """A page published outside the review workflow, with the reason, until the editor-in-chief
    acknowledges it."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    page_title = models.CharField(_("page title"), max_length=255)
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("revision"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason"))
    published_at = models.DateTimeField(_("published at"), default=timezone.now, db_index=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("acknowledged by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    acknowledged_at = models.DateTimeField(_("acknowledged at"), null=True, blank=True)

    class Meta:
        verbose_name = _("emergency publication")
        verbose_name_plural = _("emergency publications")
        ordering = ["-published_at", "-pk"]

    def __str__(self):
        return self.page_title

    @property
    def is_acknowledged(self):
        return self.acknowledged_at is not None


class ReviewTask(ReviewRuleMixin, GroupApprovalTask):
    """A group approval step of the review workflow under the review rule (moderation/review_rule.py): the
    item's authors and editors in this run, and whoever approved another step, may not approve it."""

    class Meta:
        verbose_name = _("Group approval under the review rule")
        verbose_name_plural = _("Group approvals under the review rule")


class StaffAccount(models.Model):
    """An account's security state (moderation/accounts): sessions signed in before `sessions_valid_after`
    are ended; `must_change_password` sends the person to change the password an administrator gave them;
    `disabled_for_inactivity_at` says when the scheduled job disabled the account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=pgettext_lazy("staff account", "account"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="staff_account",
    )
    sessions_valid_after = models.DateTimeField(_("sessions valid after"), null=True, blank=True)
    must_change_password = models.BooleanField(_("must change password"), default=False)
    disabled_for_inactivity_at = models.DateTimeField(_("disabled for inactivity at"), null=True, blank=True)

    class Meta:
        verbose_name = _("staff account")
        verbose_name_plural = _("staff accounts")

    def __str__(self):
        return str(self.user)
