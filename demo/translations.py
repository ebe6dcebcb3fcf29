"""The English versions of the main sections, made the way an editor makes them with wagtail-localize.

`translations:` in a data file lists pages by their path in the Vietnamese tree (parents first), each with
its English `title` and fields, written like the Vietnamese ones; `news_category_translations:` gives the
English names of news categories by slug. For each page the loader:

1. starts a synced localize translation into English (`TranslationSource`, `Translation`), which creates
   the English page below its parent's English version, as a draft;
2. records every English string in localize's translation memory, paired with the Vietnamese string at the
   same place of the page, so that localize's editor shows the page translated, marks it out of date when
   the Vietnamese changes, and exports it in PO files;
3. writes the English fields into a revision and publishes it as the Vietnamese pages are published.

A page that already has an English version is left as it is, so running the loader again creates nothing.
"""

from collections import defaultdict

from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from sections.models import NewsCategory

from .values import DataError, page_context

TRANSLATION_KEYS = {"page", "title"}


def english_locale():
    return Locale.objects.get(language_code="en")


def news_category_translations(loader, items):
    english = english_locale()
    for item in items:
        source = NewsCategory.objects.filter(slug=item["slug"], locale=loader.locale).first()
        if source is None:
            raise DataError(f"no news category “{item['slug']}” to translate")
        if source.has_translation(english):
            continue
        category = source.copy_for_translation(english)
        category.name, category.description = item["name"], item.get("description", "")
        category.save()
        loader.seeder.counts["categories"] += 1


def translations(loader, items):
    english = english_locale()
    for item in items:
        path = item.get("page", "")
        source = loader.page(path) if path.strip("/") else loader.tree.home
        if source is None:
            raise DataError(f"there is no page at {path} to translate")
        source = source.specific
        if source.has_translation(english):
            continue
        translate_page(loader, source, english, item)


def translate_page(loader, source, english, item):
    translation_source, _ = TranslationSource.get_or_create_from_instance(source)
    translation, _ = Translation.objects.get_or_create(source=translation_source, target_locale=english)
    translation.save_target(publish=False)
    page = Page.objects.get(translation_key=source.translation_key, locale=english).specific
    model = type(page)
    fields = {key: value for key, value in item.items() if key not in TRANSLATION_KEYS}
    dates = {name: getattr(source, name) for name in ("date",) if getattr(source, name, None)}
    resolver = loader.resolver.with_context(page_context(loader.resolver.context, dates))
    copied = {name: getattr(page, name) for name in fields}
    page.title = item["title"]
    page.draft_title = item["title"]
    for name, value in resolver.fields(model, fields).items():
        setattr(page, name, value)
    keep_block_ids(copied, page, model)
    revision = page.save_revision(clean=False)
    revision.publish(skip_permission_checks=True)
    remember_strings(translation_source, english, Page.objects.get(pk=page.pk).specific)
    loader.seeder.counts["pages"] += 1
    loader.seeder.created.append(page)


def keep_block_ids(copied, page, model):
    """The English StreamField blocks take the ids of the blocks they translate (localize finds a string by
    its block's id), when the English field has the same blocks in the same order."""
    for field in model._meta.get_fields():
        if not isinstance(field, StreamField):
            continue
        before, after = copied.get(field.name), getattr(page, field.name)
        if before is None or [b.block_type for b in before] != [b.block_type for b in after]:
            continue
        data = list(after.raw_data)
        for block, old in zip(data, before, strict=True):
            block["id"] = old.id
        setattr(page, field.name, data)


def remember_strings(translation_source, english, page):
    """Pair each Vietnamese string with the English one at the same place of the English page: the same
    path (field, block), and the same rank among the strings of that path (the paragraphs of a text)."""
    english_strings = defaultdict(list)
    for segment in extract_segments(page):
        if isinstance(segment, StringSegmentValue):
            english_strings[segment.path].append(segment.string.data)
    source_segments = defaultdict(list)
    segments = StringSegment.objects.filter(source=translation_source).select_related("string", "context")
    for segment in segments.order_by("order"):
        source_segments[segment.context.path].append(segment)
    for path, segments in source_segments.items():
        texts = english_strings.get(path, [])
        if len(texts) != len(segments):
            continue  # another shape: left for a translator in localize's editor
        for segment, text in zip(segments, texts, strict=True):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=english,
                context=segment.context,
                defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )


HANDLERS = {"news_category_translations": news_category_translations, "translations": translations}
