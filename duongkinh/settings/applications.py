"""The applications of the portal and of the libraries it stands on, in the order Django loads them: the
portal's own first, from the ground floor up (their templates and translations take precedence), each
moderation sub-app with what it keeps."""

INSTALLED_APPS = [
    # The portal, from the ground floor up (see docs/architecture.md); `demo` is imported by nothing.
    "core",
    "sections",
    "legal_docs",
    "search",
    "moderation",
    "moderation.intake",  # the intake register: everything sent to the portal, from every channel
    "moderation.consultations",  # comments from the public on drafts under consultation
    "moderation.questions",  # questions from citizens and their answers (the Q&A register)
    "moderation.reports",  # góp ý về Cổng and requests for information (Luật Tiếp cận thông tin)
    "moderation.royalties",  # royalties (nhuận bút) of approved items, set at the workflow's final step
    "moderation.dialogue",  # questions and answers of online dialogues (sections.DialoguePage)
    "moderation.feedback",  # "Thông tin này có hữu ích không?" votes on content pages
    "audit",  # the sealed audit log, its verification and export, the compliance report (docs/audit.md)
    "home",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "moderation.accounts.apps.PortalUsersConfig",  # wagtail.users with the grant rule (moderation/accounts)
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_ratelimit",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]
