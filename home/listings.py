"""The querysets behind the home page's listings, built in one place so that their queries are known."""

from wagtail.models import Page

from sections.models import ConsultationPage, NewsPage, QuestionPage, SchedulePage

HOME_NEWS_COUNT = 24
LISTINGS = (
    "featured_news",
    "latest_news",
    "news_by_category",
    "schedule",
    "open_consultations",
    "answered_questions",
    "sections",
)


def home_page_listings(home):
    """Everything the home page lists, in a fixed number of queries whatever the size of the portal."""
    # Look the view restrictions up once rather than once per listing (what `.public()` would do).
    private = Page.objects.all().private_q()
    news = list(
        NewsPage.objects.descendant_of(home)
        .live()
        .exclude(private)
        .select_related("image", "category")
        .prefetch_related("image__renditions")
        .order_by("-date", "-pk")[:HOME_NEWS_COUNT]
    )
    featured = [page for page in news if page.is_featured][:4]
    featured += [page for page in news if page not in featured][: 4 - len(featured)]
    latest = [page for page in news if page not in featured][:6]

    by_category = {}
    for page in news:
        if page.category_id and page not in featured:
            by_category.setdefault(page.category, []).append(page)
    news_by_category = sorted(by_category.items(), key=lambda item: (item[0].sort_order, item[0].name))

    schedule = (
        SchedulePage.objects.descendant_of(home)
        .live()
        .exclude(private)
        .filter(kind=SchedulePage.Kind.WORK)
        .order_by("-week_start")
        .prefetch_related("entries")
        .first()
    )
    return {
        "featured_news": featured,
        "latest_news": latest,
        "news_by_category": [(category, pages[:3]) for category, pages in news_by_category],
        "schedule": schedule,
        "open_consultations": list(ConsultationPage.open_under(home).exclude(private)[:3]),
        "answered_questions": list(
            QuestionPage.objects.descendant_of(home)
            .live()
            .exclude(private)
            .order_by("-answered_on", "-pk")[:4]
        ),
        "sections": list(home.get_children().live().exclude(private)),
    }
