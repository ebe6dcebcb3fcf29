"""The ground floor's models: the abstract page every page type inherits, and the site-wide records."""

from .calendar import WardDayOff, WorkingCalendar
from .notices import EmergencyNotice, forget_site_status, site_status
from .pages import BasePage
from .settings import MAINTENANCE_NOTICE_WORKING_DAYS, REUSE_NOTICE, PortalSettings
from .statistics import PageViewDaily

__all__ = [
    "MAINTENANCE_NOTICE_WORKING_DAYS",
    "REUSE_NOTICE",
    "BasePage",
    "EmergencyNotice",
    "PageViewDaily",
    "PortalSettings",
    "WardDayOff",
    "WorkingCalendar",
    "forget_site_status",
    "site_status",
]
