"""The publishing rule in code: nothing goes live except through the editorial board's workflow.

Every page type inherits `BasePage.permissions_for_user`, which returns this tester. Wagtail asks it before
every publish, whatever the way in (edit view, action menu, bulk actions, copy, revisions, API actions), so
answering "no" here closes them all. The two roads to the public skip it deliberately and are recorded:
the workflow's final approval (moderation.workflows) and the emergency publish (moderation.views).
"""

from wagtail.models import PagePermissionTester

from . import roles
from .middleware import in_safe_request


class PortalPagePermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        self.read_only = roles.is_read_only(user)

    # Publishing: nobody, superusers included.
    def can_publish(self):
        return False

    def can_publish_subpage(self):
        return False

    # What follows publishing: the editor-in-chief (and superusers).
    def can_unpublish(self):
        return (
            roles.is_publisher(self.user)
            and self.page.live
            and not self.page_is_root
            and not self.page_locked()
        )

    def can_unschedule(self):
        return roles.is_publisher(self.user) and not self.page_is_root

    def can_set_view_restrictions(self):
        return roles.is_publisher(self.user) and not self.page_is_root

    def can_reorder_children(self):
        return roles.is_publisher(self.user)

    # Deleting and moving: the portal administrators (and superusers), never the editorial roles.
    def can_delete(self, ignore_bulk=False):
        if self.page_is_root or not roles.is_administrator(self.user):
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
