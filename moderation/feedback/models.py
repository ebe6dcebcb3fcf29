"""“Thông tin này có hữu ích không?”: one yes/no vote per browser and page, with an optional comment.

Nothing about the person is kept: no name, no address, no IP. The browser is known only by a random token
the portal gave it in a cookie (path /y-kien-trang/ only, so no page request carries it), stored as an HMAC
under SECRET_KEY, which is enough to refuse a second vote on the same page and tells nothing else.
"""

import hashlib
import hmac

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

COMMENT_MAX_LENGTH = 500


def browser_key(token):
    return hmac.new(settings.SECRET_KEY.encode(), f"feedback:{token}".encode(), hashlib.sha256).hexdigest()


class PageFeedback(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    # The section the page was in when the vote came (the home page's child it sits under).
    section = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("section"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(
        pgettext_lazy("page feedback", "comment"), blank=True, max_length=COMMENT_MAX_LENGTH
    )
    browser = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["page", "browser"], name="feedback_one_vote_per_browser")
        ]

    def __str__(self):
        return f"{self.page_id}: {'+' if self.helpful else '-'}"
