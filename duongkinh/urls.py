from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from audit.history import AuditLogEntriesView
from core import health
from core.visits import beacon
from home import sitemaps
from home.api import api_router
from home.views import robots_txt
from search import views as search_views
from sections import admin_views as section_admin_views

# A database that cannot be reached answers 503 "temporarily unavailable" (core/faults.py).
handler500 = "core.faults.server_error"

urlpatterns = [
    # Wagtail's site history, extended for auditors (audit/history.py), at Wagtail's own address.
    path("admin/reports/site-history/", AuditLogEntriesView.as_view(), name="audit_site_history"),
    path(
        "admin/reports/site-history/results/",
        AuditLogEntriesView.as_view(results_only=True),
        name="audit_site_history_results",
    ),
    # Wagtail's list of page types to add, without those only administrators add (sections/admin_views.py).
    path("admin/pages/<int:parent_page_id>/add_subpage/", section_admin_views.add_subpage),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("sitemap-<str:section>.xml", sitemaps.sitemap_section, name="sitemap_section"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("api/v2/", api_router.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    # Visit statistics: the beacon every public page posts its signed token to (core/visits.py).
    path("luot-xem/", beacon, name="portal_visit_beacon"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    # /en/sitemap.xml: the English pages (/sitemap.xml above, the Vietnamese ones).
    path("sitemap.xml", sitemaps.sitemap, name="localized_sitemap"),
    path("tim-kiem/", search_views.search, name="search"),
    # Intake register, public side: /lien-he/gui-thong-tin/ and /lien-he/tra-cuu/ (moderation/intake).
    path("lien-he/", include("moderation.intake.urls")),
    # Online dialogues (sections.DialoguePage): questions, and the answers fragment (moderation/dialogue).
    path("doi-thoai-truc-tuyen/", include("moderation.dialogue.urls")),
    # "Thông tin này có hữu ích không?": the vote of every content page's widget (moderation/feedback).
    path("y-kien-trang/", include("moderation.feedback.urls")),
    # Góp ý về Cổng and requests for information: /lien-he/gop-y/, /tiep-can-thong-tin/yeu-cau/.
    path("", include("moderation.reports.urls")),
    # Comments on drafts under consultation, posted from the consultation pages (moderation/consultations).
    path("lay-y-kien/gop-y/", include("moderation.consultations.urls")),
    # Questions from citizens: /hoi-dap/dat-cau-hoi/ and /hoi-dap/tra-cuu/ (moderation/questions).
    path("hoi-dap/", include("moderation.questions.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
