"""What people search for: hits per query, and how many of them found nothing."""

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .text import clean_query


class SearchTerm(models.Model):
    """One row per distinct query (NFC, lower case, single spaces) and language."""

    query_string = models.CharField(_("query"), max_length=255)
    language = models.CharField(_("language"), max_length=16)
    hits = models.PositiveIntegerField(_("searches"), default=0)
    hits_without_results = models.PositiveIntegerField(_("searches without results"), default=0)
    last_result_count = models.PositiveIntegerField(_("results last time"), default=0)
    last_searched_at = models.DateTimeField(_("last searched"), default=timezone.now)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [
            models.UniqueConstraint(
                fields=["query_string", "language"], name="search_term_unique_per_language"
            )
        ]
        indexes = [models.Index(fields=["-hits_without_results"], name="search_term_no_results")]

    def __str__(self):
        return self.query_string

    @classmethod
    def record(cls, query, language, result_count):
        """Count one search in at most two queries, safe against concurrent requests."""
        empty = 1 if result_count == 0 else 0
        cls.add_searches(query, language, hits=1, without_results=empty, last_result_count=result_count)

    @classmethod
    def add_searches(cls, query, language, hits, without_results, last_result_count, searched_at=None):
        """Add `hits` searches of `query` (of which `without_results` found nothing) in at most two queries,
        safe against concurrent requests; the flush of the counted searches adds a minute's at once."""
        query_string = clean_query(query).casefold()[:255]
        searched_at = searched_at or timezone.now()
        changes = {
            "hits": F("hits") + hits,
            "hits_without_results": F("hits_without_results") + without_results,
            "last_result_count": last_result_count,
            "last_searched_at": searched_at,
        }
        if cls.objects.filter(query_string=query_string, language=language).update(**changes):
            return
        _term, created = cls.objects.get_or_create(
            query_string=query_string,
            language=language,
            defaults={
                "hits": hits,
                "hits_without_results": without_results,
                "last_result_count": last_result_count,
                "last_searched_at": searched_at,
            },
        )
        if not created:
            cls.objects.filter(query_string=query_string, language=language).update(**changes)
