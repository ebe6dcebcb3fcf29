"""Mandatory content (legal-requirements.md §1) and the footer (§2 L4).

A category passes when some live content of it was published within the configured period
(COMPLIANCE_CONTENT_MAX_AGE_DAYS, per category in COMPLIANCE_CONTENT_MAX_AGE), or when the editorial board
has stated that the ward has no information of this kind (audit.NoInformationStatement).
"""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page, Site

from core.compliance import Finding, Result, check
from core.models import PortalSettings

from ..models import NoInformationStatement


@dataclass(frozen=True)
class Category:
    code: str
    title: str
    basis: str
    models: tuple  # (model label, date field) pairs whose live rows count


PAGE = "last_published_at"
CATEGORIES = [
    Category(
        "1",
        gettext_lazy("Organisation"),
        "LTCTT 17.1.k, 19.1.đ; NĐ 224/2026 Art 9.1.c",
        (("sections.IntroIndexPage", PAGE),),
    ),
    Category(
        "2",
        gettext_lazy("Introduction of the ward"),
        "NĐ 224/2026 Art 9.1.c",
        (("sections.StandardPage", PAGE),),
    ),
    Category("3", gettext_lazy("Leaders"), "NĐ 224/2026 Art 9.1.c", (("sections.LeadersPage", PAGE),)),
    Category(
        "4",
        gettext_lazy("Contacts"),
        "LTCTT 17.1.m, 19.1.đ; Luật CNTT 28.2.đ",
        (("sections.ContactPage", PAGE),),
    ),
    Category("5", gettext_lazy("News and events"), "NĐ 43/2011 Art 10.1.b", (("sections.NewsPage", PAGE),)),
    Category(
        "6",
        gettext_lazy("Direction and administration"),
        "NĐ 43/2011 Art 10.1.c",
        (("sections.DirectionPage", PAGE), ("sections.SchedulePage", PAGE)),
    ),
    Category(
        "7",
        gettext_lazy("Spokesperson"),
        "NĐ 244/2026 Art 3.3, 5.2",
        (("sections.SpokespersonPage", PAGE), ("sections.PressReleasePage", PAGE)),
    ),
    Category(
        "8", gettext_lazy("Legal documents"), "LTCTT 17.1.a, 19.1.a", (("legal_docs.LegalDocument", PAGE),)
    ),
    Category(
        "9",
        gettext_lazy("Administrative procedures"),
        "LTCTT 19.1.a; NĐ 224/2026 Art 9.1.a, 14",
        (("sections.ProcedurePage", PAGE),),
    ),
    Category(
        "10",
        gettext_lazy("Legal dissemination"),
        "LTCTT 19.1.b",
        (("sections.LegalDisseminationPage", PAGE),),
    ),
    Category(
        "11",
        gettext_lazy("Strategies, plans and programmes"),
        "LTCTT 17.1.d, 19.1.c",
        (("sections.PlanPage", PAGE),),
    ),
    Category(
        "12",
        gettext_lazy("Projects, public investment and procurement"),
        "LTCTT 17.1.g, 19.1.d",
        (("sections.ProjectPage", PAGE),),
    ),
    Category(
        "13",
        gettext_lazy("Budget disclosure"),
        "LTCTT 17.1.đ,e,o; 19.1.e",
        (("sections.BudgetReportPage", PAGE),),
    ),
    Category(
        "14",
        gettext_lazy("Consultations on drafts"),
        "LTCTT 17.1.c; Luật CNTT 28.2.h",
        (("sections.ConsultationPage", PAGE),),
    ),
    Category(
        "15", gettext_lazy("Questions and answers"), "NĐ 43/2011 Art 15.2", (("sections.QuestionPage", PAGE),)
    ),
    Category(
        "16",
        gettext_lazy("Access to information"),
        "NĐ 13/2018 Art 6.3, 11; LTCTT 19.1.g",
        (("sections.AccessToInformationPage", PAGE),),
    ),
    Category("17", gettext_lazy("Statistics"), "LTCTT 19.1.e", (("sections.StatisticsPage", PAGE),)),
    Category(
        "18",
        gettext_lazy("Recruitment; internal rules"),
        "LTCTT 17.1.k,l",
        (("sections.RecruitmentPage", PAGE),),
    ),
    Category(
        "19",
        gettext_lazy("Warnings in the public interest"),
        "LTCTT 17.1.i,n; 19.1.h",
        (("core.EmergencyNotice", "starts_at"),),
    ),
    Category(
        "20",
        gettext_lazy("Science programmes and projects"),
        "LTCTT 19.1.e",
        (("sections.ScienceProgrammePage", PAGE),),
    ),
]


def latest_update(category):
    """When live content of the category was last published (None when there is none)."""
    latest = None
    for label, date_field in category.models:
        model = apps.get_model(label)
        rows = model.objects.all()
        if issubclass(model, Page):
            rows = rows.live()
        elif hasattr(model, "live"):
            rows = rows.filter(live=True)
        value = rows.aggregate(latest=Max(date_field))["latest"]
        if value and (latest is None or value > latest):
            latest = value
    return latest


def max_age(context, category):
    per_category = context.setting("COMPLIANCE_CONTENT_MAX_AGE", {})
    return datetime.timedelta(
        days=per_category.get(category.code, context.setting("COMPLIANCE_CONTENT_MAX_AGE_DAYS", 365))
    )


def category_finding(context, category, statements):
    if category.code in statements:
        return None
    latest = latest_update(category)
    label = f"{category.code}. {category.title} ({category.basis})"
    if latest is None:
        return Finding(label, _('No live content and no "no information of this kind" statement.'))
    if context.now - latest > max_age(context, category):
        return Finding(label, _("Last updated on %s.") % timezone.localtime(latest).strftime("%d/%m/%Y"))
    return None


@check(
    "content.mandatory",
    gettext_lazy('Every mandatory category has recent content or a "no information" statement'),
    "LTCTT Art 19.1; NĐ 224/2026 Art 9.1",
    "content",
)
def mandatory_content(context):
    statements = set(NoInformationStatement.objects.exclude(statement="").values_list("category", flat=True))
    findings = [category_finding(context, category, statements) for category in CATEGORIES]
    return Result.of(finding for finding in findings if finding)


FOOTER_FIELDS = [
    "owning_agency",
    "responsible_person_name",
    "responsible_person_title",
    "address",
    "phone",
    "email",
    "reuse_notice",
]


@check(
    "content.footer",
    gettext_lazy("The footer names the owning agency, the person responsible and the contacts"),
    "TT 32/2017 Art 16.3.c; QĐ 218/2025 Art 15.2.a",
    "content",
)
def footer_complete(context):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return Result.of([Finding(_("No default site"))])
    portal = PortalSettings.for_site(site)
    missing = [
        Finding(str(PortalSettings._meta.get_field(name).verbose_name))
        for name in FOOTER_FIELDS
        if not str(getattr(portal, name) or "").strip()
    ]
    return Result.of(missing)
