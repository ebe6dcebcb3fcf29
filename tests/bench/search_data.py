"""The search benchmark's data: 100,000 generated Vietnamese news pages and their index entries.

Pages are bulk-inserted (the tree and the NewsPage rows). The first items are indexed by Wagtail's own
indexer (`add_items`, the code that runs on publish), which gives its throughput; the rest by one SQL
statement per batch that builds the same vectors from the same texts (checked on a sample), so that the
index holds what publishing would have put there. Used by `tests/bench/search.py`.
"""

import time


def vocabulary():
    """Words of the demo portal's own text, most frequent first, to draw realistic Vietnamese from."""
    from collections import Counter

    from wagtail.models import Page

    from core.search_index import body_texts
    from core.text import words

    counts = Counter()
    for page in Page.objects.live().specific()[:300]:
        for text in [page.title, *body_texts(page)]:
            counts.update(word for word in words(text) if not word.isdigit())
    return [word for word, _count in counts.most_common(3000)]


def sentence(rng, vocab, weights, length):
    return " ".join(rng.choices(vocab, weights=weights, k=length)).capitalize()


def generate(count, news, rng):
    """Bulk-insert `count` live NewsPages under `news`, with paths computed as treebeard would."""
    import datetime

    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone
    from wagtail.models import Page

    from sections.models import NewsPage

    vocab = vocabulary()
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    content_type = ContentType.objects.get_for_model(NewsPage)
    start = news.numchild + 1
    alphabet = Page.alphabet
    batch = 2000
    for offset in range(0, count, batch):
        pages, items = [], []
        for number in range(start + offset, start + min(offset + batch, count)):
            step, value = "", number
            for _position in range(news.steplen):
                step = alphabet[value % len(alphabet)] + step
                value //= len(alphabet)
            day = datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randrange(2500))
            published = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
            title = sentence(rng, vocab, weights, rng.randint(6, 12))
            page = Page(
                title=title,
                draft_title=title,
                slug=f"bench-{number}",
                path=news.path + step,
                depth=news.depth + 1,
                numchild=0,
                url_path=f"{news.url_path}bench-{number}/",
                content_type=content_type,
                locale_id=news.locale_id,
                live=True,
                first_published_at=published,
                last_published_at=published,
            )
            pages.append(page)
            items.append((day, sentence(rng, vocab, weights, rng.randint(40, 120))))
        Page.objects.bulk_create(pages)
        news_pages = []
        for page, (day, summary) in zip(pages, items, strict=True):
            news_page = NewsPage(page_ptr_id=page.pk, date=day, summary=summary)
            news_page.__dict__.update(
                {field.attname: getattr(page, field.attname) for field in Page._meta.concrete_fields}
            )
            news_pages.append(news_page)
        fields = [field for field in NewsPage._meta.local_concrete_fields]
        NewsPage._base_manager._insert(news_pages, fields=fields)
        print(f"  generated {min(offset + batch, count):>7} / {count}", end="\r", flush=True)
    Page.objects.filter(pk=news.pk).update(numchild=news.numchild + count)
    print()


INDEXER_SAMPLE = 1000
UNNEST_ITEMS = (
    "unnest(%(ids)s::bigint[], %(titles)s::text[], %(title_keys)s::text[], %(body_keys)s::text[], "
    "%(summaries)s::text[]) AS item(id, title, title_keys, body_keys, summary)"
)

BULK_INDEX_SQL = """
INSERT INTO wagtailsearch_indexentry
    (content_type_id, object_id, title_norm, autocomplete, title, body, title_text, body_text)
SELECT %(content_type)s, item.id::text, 1.0,
    setweight(to_tsvector('simple', item.title), 'D'),
    setweight(to_tsvector(%(config)s::regconfig, item.title), %(title_weight)s),
    setweight(to_tsvector(%(config)s::regconfig, item.title_keys), %(title_weight)s)
        || setweight(to_tsvector(%(config)s::regconfig, item.body_keys), %(body_weight)s)
        || setweight(to_tsvector(%(config)s::regconfig, item.summary), %(body_weight)s),
    item.title,
    concat_ws(' ', item.title_keys, item.body_keys, item.summary)
FROM {unnest}
"""


def _bulk_rows(pages):
    from core.search_index import body_keys, title_keys

    return {
        "ids": [page.pk for page in pages],
        "titles": [page.title for page in pages],
        "title_keys": [title_keys(page) for page in pages],
        "body_keys": [body_keys(page) for page in pages],
        "summaries": [page.summary for page in pages],
    }


def build_index(backend):
    """Index the generated pages: a sample with Wagtail's own indexer (`add_items`, what publishing runs),
    the rest with one SQL statement per batch that builds the same vectors from the same texts (checked on
    the sample). Returns the indexer's throughput in items per second."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from modelsearch.backends.database.postgres.weights import get_weight

    from sections.models import NewsPage

    index = backend.get_index_for_model(NewsPage)
    indexed = {int(pk) for pk in index.entries.values_list("object_id", flat=True)}
    ids = [
        pk
        for pk in NewsPage.objects.filter(slug__startswith="bench-").values_list("pk", flat=True)
        if pk not in indexed
    ]
    if not ids:
        return None
    sample, rest = ids[:INDEXER_SAMPLE], ids[INDEXER_SAMPLE:]
    started = time.perf_counter()
    for offset in range(0, len(sample), 500):
        index.add_items(NewsPage, list(NewsPage.objects.filter(pk__in=sample[offset : offset + 500])))
    throughput = len(sample) / (time.perf_counter() - started)

    content_type = ContentType.objects.get_for_model(NewsPage).pk
    # The weights the indexer gives a field follow from every boost in the project (title: boost 2).
    weights = {"title_weight": get_weight(2), "body_weight": get_weight(None)}
    with connection.cursor() as cursor:
        check = _bulk_rows(list(NewsPage.objects.filter(pk__in=sample[:50])))
        cursor.execute(
            "SELECT count(*) FROM wagtailsearch_indexentry e"
            f" JOIN {UNNEST_ITEMS} ON e.object_id = item.id::text"
            " WHERE e.content_type_id = %(content_type)s"
            " AND e.title = setweight(to_tsvector(%(config)s::regconfig, item.title), %(title_weight)s)"
            " AND e.body = setweight(to_tsvector(%(config)s::regconfig, item.title_keys), %(title_weight)s)"
            " || setweight(to_tsvector(%(config)s::regconfig, item.body_keys), %(body_weight)s)"
            " || setweight(to_tsvector(%(config)s::regconfig, item.summary), %(body_weight)s)",
            {**check, **weights, "content_type": content_type, "config": backend.config},
        )
        same = cursor.fetchone()[0]
        print(f"  bulk SQL builds the indexer's vectors for {same} / {len(check['ids'])} sampled pages")
        for offset in range(0, len(rest), 5000):
            pages = list(
                NewsPage.objects.filter(pk__in=rest[offset : offset + 5000]).only("title", "summary")
            )
            cursor.execute(
                BULK_INDEX_SQL.replace("{unnest}", UNNEST_ITEMS),
                {**_bulk_rows(pages), **weights, "content_type": content_type, "config": backend.config},
            )
            print(f"  bulk indexed {min(offset + 5000, len(rest)):>7} / {len(rest)}", end="\r", flush=True)
    print()
    return throughput
