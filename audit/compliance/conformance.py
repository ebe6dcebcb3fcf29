"""The conformance self-check: items of legal-requirements.md §2 and the software part of §4 that the
portal can check itself (its own settings, the audit chain, the release register), each with its legal
basis; the rest are "checked by people" and pass on a signature in the sign-off register within a year."""

import datetime

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.compliance import CHECKS, Finding, Result, by_people, check

from ..models import Release, SignOff, Verification

SIGN_OFF_VALID_DAYS = 365


def missing_settings(expected):
    """Findings for each (setting, predicate, explanation) the running settings do not meet."""
    return [
        Finding(name, explanation)
        for name, holds, explanation in expected
        if not holds(getattr(settings, name, None))
    ]


@check(
    "F9",
    gettext_lazy("HTTPS everywhere, HTTP redirected, HSTS"),
    "TT 32/2017 Art 20; TT 22/2023",
    "conformance",
)
def https_everywhere(context):
    return Result.of(
        missing_settings(
            [
                ("SECURE_SSL_REDIRECT", bool, _("HTTP must redirect to HTTPS.")),
                (
                    "SECURE_HSTS_SECONDS",
                    lambda value: (value or 0) >= 31536000,
                    _("HSTS for at least a year."),
                ),
                ("SESSION_COOKIE_SECURE", bool, _("Session cookies only over HTTPS.")),
                ("CSRF_COOKIE_SECURE", bool, _("CSRF cookies only over HTTPS.")),
            ]
        )
    )


@check(
    "F11",
    gettext_lazy("UTF-8 and Vietnamese as the portal's language"),
    "NĐ 43/2011 Art 7; TCVN 6909:2001",
    "conformance",
)
def encoding(context):
    return Result.of(
        missing_settings(
            [
                ("DEFAULT_CHARSET", lambda value: (value or "").lower() == "utf-8", _("UTF-8 pages.")),
                ("LANGUAGE_CODE", lambda value: (value or "").startswith("vi"), _("Vietnamese first.")),
            ]
        )
    )


@check(
    "A6",
    gettext_lazy("Session cookies HttpOnly and SameSite"),
    "TCVN 14423:2026 4.5.2.2, 4.12.2.4d",
    "conformance",
)
def session_cookies(context):
    return Result.of(
        missing_settings(
            [
                ("SESSION_COOKIE_HTTPONLY", bool, _("Session cookie not readable by scripts.")),
                (
                    "SESSION_COOKIE_SAMESITE",
                    lambda value: value in ("Lax", "Strict"),
                    _("SameSite Lax or Strict."),
                ),
            ]
        )
    )


@check(
    "A8",
    gettext_lazy("The audit log is complete and untouched (verified within two days)"),
    "TCVN 14423:2026 4.6.1c, 4.8.2.1; NĐ 224/2026 Art 10",
    "conformance",
)
def audit_log_intact(context):
    latest = Verification.objects.first()
    if latest is None:
        return Result.of([Finding(_("The audit log has never been verified."))])
    if not latest.intact:
        return Result.of([Finding(_("Broken"), latest.first_problem)])
    if context.now - latest.ran_at > datetime.timedelta(days=2):
        return Result.of([Finding(_("Last verified on %s.") % latest.ran_at.strftime("%d/%m/%Y"))])
    return Result.of([])


@check(
    "A14",
    gettext_lazy("No debug pages, no sniffing, no framing"),
    "TCVN 14423:2026 (OWASP practice)",
    "conformance",
)
def hardened_responses(context):
    return Result.of(
        missing_settings(
            [
                ("DEBUG", lambda value: not value, _("DEBUG must be off.")),
                ("SECURE_CONTENT_TYPE_NOSNIFF", bool, _("X-Content-Type-Options: nosniff.")),
                ("X_FRAME_OPTIONS", lambda value: value in ("DENY", "SAMEORIGIN"), _("Framing refused.")),
            ]
        )
    )


@check(
    "change-control",
    gettext_lazy("The running version is in the release register with its approval"),
    "QĐ 218/2025 Art 5.1",
    "conformance",
)
def running_version_registered(context):
    release = Release.objects.filter(version=settings.PORTAL_VERSION).first()
    if release is None:
        return Result.of([Finding(settings.PORTAL_VERSION, _("Not in the release register."))])
    if not release.approval_reference.strip():
        return Result.of([Finding(settings.PORTAL_VERSION, _("No approval reference."))])
    return Result.of([])


for code, title, basis in [
    ("L1", gettext_lazy("Header shows the emblem and the agency's full name"), "TT 32/2017 Art 16.3.a"),
    (
        "L5",
        gettext_lazy("Header and footer identical site-wide; identity matches the city portal"),
        "TT 22/2023; QĐ 218/2025 Art 9, 14.5",
    ),
    (
        "F7",
        gettext_lazy("Works on mobile from 320 px without horizontal scrolling"),
        "TT 32/2017 Art 17; NĐ 224/2026 Art 10.3.a",
    ),
    (
        "F8",
        gettext_lazy("Accessibility: WCAG 2.1 AA walkthrough (keyboard, screen reader)"),
        "TT 26/2020 Art 5; NĐ 13/2018 Art 3.2",
    ),
    ("F10", gettext_lazy("Reachable over IPv6; domain follows the naming rule"), "NĐ 224/2026 Art 11.4.c"),
    ("A1", gettext_lazy("Personal accounts only; no shared or default accounts"), "TCVN 14423:2026 4.6.2.3"),
    ("A4", gettext_lazy("Second factor for administrators"), "TCVN 14423:2026 4.6.2.4, 4.12.2.4c"),
    ("A7", gettext_lazy("Inactive accounts disabled; accounts reviewed yearly"), "TCVN 14423:2026 4.6.2.3"),
    ("A11", gettext_lazy("Personal data encrypted at rest"), "TCVN 14423:2026 4.4.2.4"),
    (
        "A16",
        gettext_lazy("Backups off the production infrastructure, restore tested"),
        "TCVN 14423:2026 4.11; QĐ 218/2025 Art 9, 14",
    ),
    ("A17", gettext_lazy("Dependencies scanned and patched"), "TCVN 14423:2026 4.7"),
    (
        "A21",
        gettext_lazy("Security level dossier approved; yearly independent self-check"),
        "NĐ 331/2026 Art 28.3, 30.6; NĐ 85/2016 Art 20",
    ),
]:
    by_people(code, title, basis)


def signed_off(context, code):
    """The item's latest signature within a year, as a result."""
    signature = SignOff.objects.filter(item=code).select_related("signed_by").first()
    if signature is None:
        return Result.of([Finding(_("Awaiting a sign-off."))])
    if context.now - signature.signed_at > datetime.timedelta(days=SIGN_OFF_VALID_DAYS):
        return Result.of(
            [Finding(_("Last signed on %s: sign again.") % signature.signed_at.strftime("%d/%m/%Y"))]
        )
    note = _("Signed by %(who)s on %(when)s: %(note)s") % {
        "who": signature.signed_by.get_full_name() or signature.signed_by.get_username(),
        "when": signature.signed_at.strftime("%d/%m/%Y"),
        "note": signature.note,
    }
    return Result.of([], note)


def people_items():
    return [item for item in CHECKS.values() if item.by_people]
