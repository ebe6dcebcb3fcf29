"""How a value written in a data file becomes a field value, chosen by the model field it goes into.

The data files are read with every scalar as text (YAML's guesses, such as 7:30 read as the number 450 or
1.320 read as 1.32, never apply), so the type comes from here:

- text: `{placeholders}` are filled from the ward's facts (`{ward.email}`, `{people.chairman.name}`), the
  dates of the run (`{year}`, `{last_year}`, `{monday:%d/%m}`) and the page's own dates (`{ngay}`,
  `{thang}`, `{nam}` for its `date`, `{deadline:%d/%m/%Y}` for a field named `deadline`);
- a date: `dd/mm/yyyy`, or relative to the day of the run: `{days_ago: 3}`, `{in_days: 20}`,
  `{this_week: monday}`, `{last_week: friday}`, `{this_month: 1}`, `{last_month: last}`,
  `{most_recent: 30/09}`; a date and time: `dd/mm/yyyy hh:mm` (Vietnam time), `{hours_ago: 1}`,
  `{days_ago: 2}`, `{in_days: 14}`, at a given hour: `{in_days: 7, at: "08:00"}`;
- rich text: a paragraph, or a list of paragraphs, `{ul: [...]}` / `{ol: [...]}` lists and raw HTML;
- a StreamField: a list of blocks, `{heading: …}`, `{table: {caption, rows}}`, `{image: {image, alt_text,
  caption}}`, …; a bare item is a paragraph (or, in a field with one kind of block, that block);
- an image `{title, kind}`, a file by its key in `files:`, a page by its path below the home page, any
  other record by its slug; the rows of an inline panel (leaders, schedule entries) as a list.
"""

import datetime
import decimal
from html import escape

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.documents.models import AbstractDocument
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.models import AbstractImage
from wagtail.models import Page

DATE_FORMAT = "%d/%m/%Y"
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


class DataError(ValueError):
    """A value in a data file that cannot be read; the message says which and why."""


class Facts(dict):
    """A mapping whose keys can also be read as attributes, so that `{ward.email}` fills a placeholder."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, value in list(self.items()):
            if isinstance(value, dict) and not isinstance(value, Facts):
                self[key] = Facts(value)

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError as error:
            raise AttributeError(name) from error


def fill(value, context):
    """`value` (text, or lists and mappings of text) with its `{placeholders}` filled from `context`."""
    if isinstance(value, list):
        return [fill(item, context) for item in value]
    if isinstance(value, dict):
        return {key: fill(item, context) for key, item in value.items()}
    if not isinstance(value, str) or "{" not in value:
        return value
    try:
        return value.format_map(context)
    except (KeyError, AttributeError, IndexError, ValueError) as error:
        raise DataError(f"cannot fill the placeholder {error} in “{value[:80]}”") from error


def run_context(facts, today):
    """The placeholders every text may use: the ward's facts and the dates of the run."""
    monday = today - datetime.timedelta(days=today.weekday())
    return Facts(
        facts,
        today=today,
        year=today.year,
        last_year=today.year - 1,
        monday=monday,
        friday=monday + datetime.timedelta(days=4),
    )


def page_context(context, dates):
    """`context` with a page's dates: each date field by its name, and `date` as {ngay}, {thang}, {nam}."""
    own = Facts(context, **dates)
    if dates.get("date"):
        own.update(
            ngay=dates["date"].strftime(DATE_FORMAT), thang=dates["date"].month, nam=dates["date"].year
        )
    return own


# Dates and times -------------------------------------------------------------------------------------


def to_date(value, today):
    try:
        if isinstance(value, str):
            return datetime.datetime.strptime(value.strip(), DATE_FORMAT).date()
        return _relative_date(*_single(value, "{days_ago: 3}"), today)
    except DataError:
        raise
    except (ValueError, TypeError) as error:
        raise DataError(
            f"cannot read the date {value!r}: write dd/mm/yyyy or a rule such as {{days_ago: 3}}"
        ) from error


def _relative_date(how, argument, today):
    if how == "days_ago":
        return today - datetime.timedelta(days=int(argument))
    if how == "in_days":
        return today + datetime.timedelta(days=int(argument))
    if how in ("this_week", "last_week"):
        monday = today - datetime.timedelta(days=today.weekday() + (7 if how == "last_week" else 0))
        return monday + datetime.timedelta(days=WEEKDAYS.index(argument))
    if how == "this_month":
        return today.replace(day=int(argument))
    if how == "last_month":
        last_day = today.replace(day=1) - datetime.timedelta(days=1)
        return last_day if argument == "last" else last_day.replace(day=int(argument))
    if how == "most_recent":
        day, month = (int(part) for part in argument.split("/"))
        this_year = datetime.date(today.year, month, day)
        return this_year if this_year <= today else this_year.replace(year=today.year - 1)
    raise DataError(f"unknown date rule “{how}”")


def to_datetime(value, now):
    if isinstance(value, str):
        return _absolute_datetime(value)
    if isinstance(value, dict) and "at" in value:
        return _at_time(
            to_datetime({key: item for key, item in value.items() if key != "at"}, now), value["at"]
        )
    how, argument = _single(value, "{hours_ago: 1}")
    offsets = {"hours_ago": -1, "days_ago": -24, "in_days": 24}
    if how not in offsets:
        raise DataError(f"unknown date and time {value!r}")
    return now + datetime.timedelta(hours=offsets[how] * int(argument))


def _at_time(moment, at):
    """`moment`'s day at the hour `at` ("08:00"), Vietnam time: a session planned in a week starts at 8."""
    try:
        hour = datetime.datetime.strptime(str(at).strip(), "%H:%M").time()
    except ValueError as error:
        raise DataError(f"cannot read the time {at!r}: write hh:mm") from error
    day = timezone.localtime(moment).date()
    return timezone.make_aware(datetime.datetime.combine(day, hour), timezone.get_default_timezone())


def _absolute_datetime(value):
    """ "21/07/2025 07:30" (or a bare "21/07/2025", at 00:00) in the portal's time zone."""
    for pattern in (f"{DATE_FORMAT} %H:%M", DATE_FORMAT):
        try:
            moment = datetime.datetime.strptime(value.strip(), pattern)
        except ValueError:
            continue
        return timezone.make_aware(moment, timezone.get_default_timezone())
    raise DataError(f"cannot read the date and time {value!r}: write dd/mm/yyyy hh:mm or {{hours_ago: 1}}")


def to_time(value):
    try:
        return datetime.time.fromisoformat(value.strip().zfill(5))
    except ValueError as error:
        raise DataError(f"“{value}” is not a time written hh:mm") from error


def _single(value, example):
    """The one (name, argument) pair of a rule written like `example`."""
    if not isinstance(value, dict) or len(value) != 1:
        raise DataError(f"expected one rule such as {example}, not {value!r}")
    return next(iter(value.items()))


# Rich text and StreamField blocks --------------------------------------------------------------------


def rich_text(value):
    """HTML from a paragraph or a list of parts: text becomes an escaped <p>, `{ul: [...]}` and
    `{ol: [...]}` become lists, and a part that starts with "<" is HTML already."""
    parts = value if isinstance(value, list) else [value]
    return "".join(_html(part) for part in parts if part)


def _html(part):
    if isinstance(part, dict):
        tag, items = _single(part, "{ul: [...]}")
        if tag not in ("ul", "ol"):
            raise DataError(f"rich text knows {{ul: [...]}} and {{ol: [...]}}, not {tag!r}")
        return f"<{tag}>" + "".join(f"<li>{escape(item, quote=False)}</li>" for item in items) + f"</{tag}>"
    if part.lstrip().startswith("<"):
        return part
    return f"<p>{escape(part, quote=False)}</p>"


class Resolver:
    """Turns the raw values of one object into field values; `refs` finds images, files and pages."""

    def __init__(self, refs, context, today, now):
        self.refs, self.context, self.today, self.now = refs, context, today, now

    def with_context(self, context):
        return Resolver(self.refs, context, self.today, self.now)

    def dates(self, model, spec):
        """The date fields of `spec`, resolved first: the other fields may quote them."""
        found = {}
        for name, raw in spec.items():
            field = _field(model, name)
            if isinstance(field, models.DateField) and not isinstance(field, models.DateTimeField):
                found[name] = to_date(fill(raw, self.context), self.today)
        return found

    def fields(self, model, spec):
        """Field values for a new `model` object from `spec` (field name: raw value)."""
        return {name: self.value(_field(model, name), raw) for name, raw in spec.items()}

    def value(self, field, raw):
        if isinstance(field, models.ForeignObjectRel):  # the rows of an inline panel
            rows = field.related_model
            return [rows(sort_order=order, **self.fields(rows, row)) for order, row in enumerate(raw)]
        if isinstance(field, models.ManyToManyField):
            return [self._record(field.related_model, slug) for slug in raw]
        if isinstance(field, models.ForeignKey):
            return self._foreign(field.related_model, raw)
        if isinstance(field, StreamField):
            return self.stream(field.stream_block, raw)
        raw = fill(raw, self.context)
        if isinstance(field, RichTextField):
            return rich_text(raw)
        try:
            return _scalar(field, raw, self.today, self.now)
        except DataError:
            raise
        except (ValueError, ArithmeticError) as error:
            raise DataError(f"{field.name} cannot be “{raw}”") from error

    def image(self, raw):
        """An image from its title, or from {title, kind}; without a title, it takes the page's."""
        spec = fill(raw if isinstance(raw, dict) else {"title": raw}, self.context)
        return self.refs.image({"title": self.context.get("title"), **spec})

    def _foreign(self, model, raw):
        if issubclass(model, AbstractImage):
            return self.image(raw)
        if issubclass(model, AbstractDocument):
            return self.refs.file(raw)
        if issubclass(model, Page):
            return self.refs.page(fill(raw, self.context))
        return self._record(model, raw)

    def _record(self, model, slug):
        lookup = {"slug": slug}
        if any(field.name == "locale" for field in model._meta.fields):
            lookup["locale"] = self.refs.locale
        found = model.objects.filter(**lookup).first()
        if found is None:
            raise DataError(f"there is no {model._meta.verbose_name} “{slug}”")
        return found

    def stream(self, stream_block, items):
        children = stream_block.child_blocks
        default = "paragraph" if "paragraph" in children else next(iter(children))
        data = []
        for item in items:
            name, value = (default, item) if not isinstance(item, dict) else next(iter(item.items()))
            if name not in children:  # {ul: [...]} and {ol: [...]} are paragraphs
                name, value = "paragraph", item
            data.append({"type": name, "value": self.block(children[name], value)})
        return data

    def block(self, block, raw):
        if isinstance(block, blocks.StructBlock):
            return {name: self._struct_child(child, name, raw) for name, child in block.child_blocks.items()}
        if isinstance(block, ImageChooserBlock):
            return self.image(raw).pk
        if isinstance(block, DocumentChooserBlock):
            return self.refs.file(raw).pk
        raw = fill(raw, self.context)
        if isinstance(block, blocks.RichTextBlock):
            return rich_text(raw)
        if isinstance(block, TableBlock):
            return {
                "data": [list(row) for row in raw],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "",
                "cell": [],
                "mergedCells": [],
            }
        return raw

    def _struct_child(self, child, name, raw):
        if name not in raw and isinstance(child, TableBlock):
            name = "rows"  # {table: {caption: …, rows: [[…], …]}}
        if name in raw:
            return self.block(child, raw[name])
        return None if isinstance(child, blocks.ChooserBlock) else ""


def _field(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist as error:
        raise DataError(f"{model.__name__} has no field “{name}”") from error


def _scalar(field, raw, today, now):
    if isinstance(field, models.DateTimeField):
        return to_datetime(raw, now)
    if isinstance(field, models.DateField):
        return to_date(raw, today)
    if isinstance(field, models.TimeField):
        return to_time(raw)
    if isinstance(field, models.BooleanField):
        if raw not in ("true", "false"):
            raise DataError(f"{field.name} is true or false, not “{raw}”")
        return raw == "true"
    if isinstance(field, models.IntegerField):
        return int(raw)
    if isinstance(field, models.DecimalField):
        return decimal.Decimal(raw)
    return raw
