"""The sealed chain of the audit log: one seal per log entry, each carrying the hash of the one before.

A seal is written in the same transaction as its entry (audit/sealing.py); nothing updates or deletes a
seal (the model refuses it, the admin offers no form for it, and the production database role may only
insert: docs/audit.md). Anchors are the chain's latest hash at a moment, also written to the log stream, so
an auditor can compare the chain with a copy kept outside the portal. Verifications record each run of
`verify_audit_log`, whose latest result the administrators see.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class AppendOnlyError(PermissionDenied):
    """An attempt to change or delete a row of the audit record."""


class AppendOnly(models.Model):
    """Rows that may be inserted, never changed or deleted through the ORM."""

    class Meta:
        abstract = True
        default_permissions = ("view",)

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError(f"{type(self).__name__} rows are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError(f"{type(self).__name__} rows are append-only.")


class LogSeal(AppendOnly):
    entry_model = models.CharField(_("log model"), max_length=100)
    entry_id = models.BigIntegerField(pgettext_lazy("audit", "log entry"))
    content = models.TextField(_("canonical content"))
    # Unique as constraints, not `unique=True`: that would add a second, pattern-matching index to each on
    # PostgreSQL, written at every seal and never read.
    previous_hash = models.CharField(_("previous hash"), max_length=64)
    hash = models.CharField(pgettext_lazy("audit", "hash"), max_length=64)
    sealed_at = models.DateTimeField(_("sealed at"))

    class Meta(AppendOnly.Meta):
        verbose_name = _("log seal")
        verbose_name_plural = _("log seals")
        constraints = [
            models.UniqueConstraint(fields=["entry_model", "entry_id"], name="audit_one_seal_per_entry"),
            # One seal follows each: a writer that read a stale head of the chain cannot fork it.
            models.UniqueConstraint(fields=["previous_hash"], name="audit_one_seal_after_each"),
            models.UniqueConstraint(fields=["hash"], name="audit_unique_seal_hash"),
        ]

    def __str__(self):
        return f"{self.entry_model} #{self.entry_id}: {self.hash[:12]}"


class Anchor(AppendOnly):
    seal_id_at = models.BigIntegerField(_("last seal"))
    hash = models.CharField(pgettext_lazy("audit", "hash"), max_length=64)
    created_at = models.DateTimeField(_("written at"))

    class Meta(AppendOnly.Meta):
        verbose_name = _("anchor")
        verbose_name_plural = _("anchors")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"#{self.seal_id_at} {self.hash}"


class Verification(AppendOnly):
    ran_at = models.DateTimeField(_("ran at"))
    intact = models.BooleanField(_("intact"))
    entries_checked = models.PositiveIntegerField(_("entries checked"))
    first_problem = models.TextField(_("first problem"), blank=True)
    seconds = models.FloatField(_("duration (seconds)"))

    class Meta(AppendOnly.Meta):
        verbose_name = _("verification")
        verbose_name_plural = _("verifications")
        ordering = ["-ran_at", "-id"]

    def __str__(self):
        return f"{self.ran_at:%Y-%m-%d %H:%M} {'ok' if self.intact else 'broken'}"


# -- the compliance report's records -------------------------------------------------------------------


class NoInformationStatement(models.Model):
    """ "The ward has no information of this kind": what satisfies a mandatory category with no content."""

    category = models.CharField(_("category"), max_length=20, unique=True)
    statement = models.TextField(_("statement"))
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("no-information statement")
        verbose_name_plural = _("no-information statements")
        ordering = ["category"]

    def __str__(self):
        return f"{self.category}: {self.statement[:60]}"


class SignOff(AppendOnly):
    """A person's signature on a conformance item that only people can check."""

    item = models.CharField(pgettext_lazy("audit", "item"), max_length=20)
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("signed by"), on_delete=models.PROTECT, related_name="+"
    )
    signed_at = models.DateTimeField(_("signed at"))
    note = models.TextField(_("what was checked"))

    class Meta(AppendOnly.Meta):
        verbose_name = _("sign-off")
        verbose_name_plural = _("sign-offs")
        ordering = ["-signed_at", "-id"]

    def __str__(self):
        return f"{self.item} {self.signed_at:%Y-%m-%d}"


class LinkCheck(AppendOnly):
    """One check of a link the portal must keep working (the city, national and government portals)."""

    url = models.URLField(_("address"), max_length=500)
    checked_at = models.DateTimeField(_("checked at"))
    status = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    error = models.CharField(_("error"), max_length=255, blank=True)

    class Meta(AppendOnly.Meta):
        verbose_name = _("link check")
        verbose_name_plural = _("link checks")
        ordering = ["-checked_at", "-id"]

    def __str__(self):
        return f"{self.url} {self.status or self.error}"

    @property
    def ok(self):
        return self.status is not None and self.status < 400


class Release(AppendOnly):
    """Change control (Quy chế Art 5.1): each version put into service, with the ward People's Committee's
    approval."""

    version = models.CharField(pgettext_lazy("audit", "version"), max_length=50, unique=True)
    released_on = models.DateField(_("date put into service"))
    changes = models.TextField(_("what changed"))
    approval_reference = models.CharField(
        _("approval reference"),
        max_length=255,
        help_text=_("Number and date of the ward People's Committee's approval."),
    )

    class Meta(AppendOnly.Meta):
        verbose_name = _("release")
        verbose_name_plural = _("releases")
        ordering = ["-released_on", "-id"]
        default_permissions = ("view", "add")

    def __str__(self):
        return self.version
