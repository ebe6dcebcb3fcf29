"""Wagtail's users app, pointed at the portal's user and group viewsets (moderation/accounts/views.py).

Listed in INSTALLED_APPS instead of "wagtail.users": same name and label, so its models, URLs, templates and
hooks stay Wagtail's."""

from wagtail.users.apps import WagtailUsersAppConfig


class PortalUsersConfig(WagtailUsersAppConfig):
    group_viewset = "moderation.accounts.views.PortalGroupViewSet"
    user_viewset = "moderation.accounts.views.PortalUserViewSet"
