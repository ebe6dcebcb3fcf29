"""The portal's middleware: the editorial safeguards (visits are counted by a beacon, core/visits.py).

Two guards that Wagtail's permission tester cannot express on its own.

1. Auditors ("Kiểm tra viên" and nothing else) read the whole admin but change nothing: every unsafe
   request they make to the admin is refused, except signing out and their own account settings.
   The permission tester also lets them pass `can_edit` only while a safe (read) request is served,
   because Wagtail opens page history, revisions and compare only to users who could edit the page.
2. A few admin routes publish without asking the page permission tester; they are refused for everyone,
   so the review workflow stays the only road to the public:
   - the admin API's page actions (not used by the admin interface; they skip the hooks that ask for
     reasons), e.g. POST /admin/api/main/pages/<id>/action/delete/;
   - wagtail-localize "Update translations" with "Publish immediately", and "Convert to alias" (which
     makes a translation mirror the live source page).
"""

from django.core.exceptions import PermissionDenied
from django.urls import reverse

from .permissions import finished_request, is_read_only, serving_safe_request

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
AUDITOR_WRITABLE_VIEWS = frozenset(
    {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_account",
        "wagtailadmin_dismissibles",
        "wagtailadmin_password_reset",
        "wagtailadmin_password_reset_confirm",
        # Their own two-factor sign-in (moderation/accounts/two_factor.py).
        "portal_2fa_enrol",
        "portal_2fa_verify",
    }
)


def publishes_outside_workflow(request):
    match = request.resolver_match
    if match is None:
        return False
    namespaces = set(match.namespaces)
    if "wagtailadmin_api" in namespaces and match.url_name == "action":
        return True
    if "wagtail_localize" in namespaces:
        if match.url_name == "convert_to_alias":
            return True
        if match.url_name == "update_translations" and request.POST.get("publish_translations"):
            return True
    return False


class EditorialSafeguardsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = serving_safe_request(request.method in SAFE_METHODS)
        try:
            return self.get_response(request)
        finally:
            finished_request(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method in SAFE_METHODS:
            return None
        if publishes_outside_workflow(request):
            raise PermissionDenied
        if self.is_auditor_write(request):
            raise PermissionDenied
        return None

    def is_auditor_write(self, request):
        user = getattr(request, "user", None)
        if user is None or not is_read_only(user):
            return False
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return False
        return (
            request.resolver_match is None or request.resolver_match.view_name not in AUDITOR_WRITABLE_VIEWS
        )
