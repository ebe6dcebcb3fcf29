"""Consultation comments in the admin: the viewset, the audit log actions, and on a consultation's edit page a
note with its comments waiting for moderation."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.log_actions import LogFormatter

from sections.models import ConsultationPage

from . import services
from .admin_views import comment_viewset
from .models import ConsultationComment, Status


@hooks.register("register_admin_viewset")
def register_comment_viewset():
    return comment_viewset


@hooks.register("register_log_actions")
def register_comment_log_actions(actions):
    @actions.register_action(services.ACTION_RECEIVED)
    class Received(LogFormatter):
        label = gettext_lazy("Comment received")

    @actions.register_action(services.ACTION_ACKNOWLEDGED)
    class Acknowledged(LogFormatter):
        label = gettext_lazy("Receipt sent")

    @actions.register_action(services.ACTION_APPROVED)
    class Approved(LogFormatter):
        label = gettext_lazy("Comment shown on the page")

    @actions.register_action(services.ACTION_HIDDEN)
    class Hidden(LogFormatter):
        label = gettext_lazy("Comment not shown")

        def format_message(self, log_entry):
            return _("Comment not shown. Reason: %(reason)s") % {"reason": log_entry.data.get("reason", "")}

    @actions.register_action(services.ACTION_EXPORTED)
    class Exported(LogFormatter):
        label = gettext_lazy("Comments exported to XLSX")


@hooks.register("before_edit_page")
def show_comments_to_moderate(request, page):
    if request.method != "GET" or not isinstance(page.specific_deferred, ConsultationPage):
        return None
    comments = ConsultationComment.objects.filter(page_id=page.pk)
    if not comments.exists():
        return None
    url = reverse(comment_viewset.get_url_name("index")) + f"?page={page.pk}"
    waiting = comments.filter(status=Status.PENDING).count()
    messages.info(
        request,
        format_html(
            '{} <a href="{}">{}</a>',
            _("Comments from the public: %(total)d, of which %(waiting)d await moderation.")
            % {"total": comments.count(), "waiting": waiting},
            url,
            _("Moderate and export them"),
        ),
    )
    return None
