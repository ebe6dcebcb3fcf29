"""The publishing rule in code: nothing goes live except through the editorial board's workflow.

Every page type inherits `BasePage.permissions_for_user`, which returns `PortalPagePermissionTester`. Wagtail
asks it before every publish, whatever the way in (edit view, action menu, bulk actions, copy, revisions,
API actions), so answering "no" here closes them all. Records with Wagtail's draft and workflow mixins
(legal documents) get the same answer from `WorkflowOnlyPermissionPolicy`.

The two roads to the public skip these checks deliberately and are recorded: the workflow's final approval
(`WAGTAIL_FINISH_WORKFLOW_ACTION`) and the emergency publish of the editorial office.

The role names are data: they are the names of the groups in the admin, created by the editorial office's
data migration (moderation/roles.py says what each group holds), so they stay in Vietnamese.
"""

from contextvars import ContextVar

from wagtail.models import PagePermissionTester
from wagtail.permission_policies import ModelPermissionPolicy

CONTRIBUTOR = "Cộng tác viên"
EDITOR = "Biên tập viên"
EDITOR_IN_CHIEF = "Trưởng Ban Biên tập"
ADMINISTRATOR = "Quản trị Cổng"
AUDITOR = "Kiểm tra viên"
ROLES = (CONTRIBUTOR, EDITOR, EDITOR_IN_CHIEF, ADMINISTRATOR, AUDITOR)


# -- who is who ----------------------------------------------------------------------------------------


def group_names(user):
    """The names of the user's groups, cached on the user object for the request."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cached = getattr(user, "_portal_group_names", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._portal_group_names = cached
    return cached


def has_role(user, role):
    return role in group_names(user)


def is_publisher(user):
    """May unpublish, unschedule, set privacy and reorder: the editor-in-chief (and superusers)."""
    return user.is_active and (user.is_superuser or has_role(user, EDITOR_IN_CHIEF))


def is_administrator(user):
    return user.is_active and (user.is_superuser or has_role(user, ADMINISTRATOR))


def is_read_only(user):
    """An auditor and nothing else: may read everything in the admin and change nothing."""
    return (
        getattr(user, "is_authenticated", False)
        and not user.is_superuser
        and group_names(user) == frozenset({AUDITOR})
    )


# -- the request being served ------------------------------------------------------------------------

_safe_request = ContextVar("portal_safe_request", default=False)


def in_safe_request():
    """True while a GET/HEAD/OPTIONS request is being served; False in commands, tasks and POSTs.

    Set by `core.middleware.EditorialSafeguardsMiddleware`."""
    return _safe_request.get()


def serving_safe_request(is_safe):
    """Mark the request being served as safe (a read) or not; returns the token to reset it with."""
    return _safe_request.set(is_safe)


def finished_request(token):
    _safe_request.reset(token)


# -- pages -------------------------------------------------------------------------------------------


class PortalPagePermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        self.read_only = is_read_only(user)

    # Publishing: nobody, superusers included.
    def can_publish(self):
        return False

    def can_publish_subpage(self):
        return False

    # What follows publishing: the editor-in-chief (and superusers).
    def can_unpublish(self):
        return is_publisher(self.user) and self.page.live and not self.page_is_root and not self.page_locked()

    def can_unschedule(self):
        return is_publisher(self.user) and not self.page_is_root

    def can_set_view_restrictions(self):
        return is_publisher(self.user) and not self.page_is_root

    def can_reorder_children(self):
        return is_publisher(self.user)

    # Deleting and moving: the portal administrators (and superusers), never the editorial roles.
    def can_delete(self, ignore_bulk=False):
        if self.page_is_root or not is_administrator(self.user):
            return False
        if self.user.is_superuser:
            return True
        return ignore_bulk or "bulk_delete" in self.permissions or self.page.is_leaf()

    def can_move_to(self, destination):
        if self.page == destination or destination.is_descendant_of(self.page):
            return False
        if not self.page.is_child_of(destination) and not self.page.specific.can_move_to(destination):
            return False
        if not self.can_move():
            return False
        if self.user.is_superuser:
            return True
        # Moving a live page is not publishing new content; "add" at the destination is enough.
        return "add" in destination.permissions_for_user(self.user).permissions

    # Auditors: Wagtail opens history, revisions and compare only to users who can edit, so they may
    # "edit" while reading (a GET request); every other capability, and every write, is refused.
    def can_edit(self):
        if self.read_only:
            return in_safe_request() and not self.page_is_root
        return super().can_edit()

    def can_add_subpage(self):
        return not self.read_only and super().can_add_subpage()

    def can_copy(self):
        return not self.read_only and super().can_copy()

    def can_lock(self):
        return not self.read_only and super().can_lock()

    def can_unlock(self):
        return not self.read_only and super().can_unlock()

    def can_submit_for_moderation(self):
        return not self.read_only and super().can_submit_for_moderation()


# -- records with Wagtail's draft and workflow mixins -------------------------------------------------


class WorkflowOnlyPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except that "publish" belongs to the workflow alone and "unpublish" to the
    editor-in-chief (and superusers)."""

    def user_has_permission(self, user, action):
        if action == "publish":
            return False
        if action == "unpublish":
            return is_publisher(user)
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class AdministratorsPermissionPolicy(ModelPermissionPolicy):
    """Records the portal administrators keep (the ward's days off): they add, change and delete; the
    editor-in-chief and auditors read."""

    def user_has_permission(self, user, action):
        if not getattr(user, "is_authenticated", False) or not user.is_active:
            return False
        if action == "view":
            return is_administrator(user) or has_role(user, EDITOR_IN_CHIEF) or has_role(user, AUDITOR)
        return is_administrator(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
