"""StreamField blocks shared by the content pages of every section."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image_block.html"


class CaptionedTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("caption"), help_text=_("What the table shows."))
    table = TableBlock(label=_("table"), table_options={"startRows": 3, "startCols": 3})

    class Meta:
        icon = "table"
        label = _("Table")
        template = "components/blocks/table_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    source = blocks.CharBlock(label=_("source"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        template = "components/blocks/quote_block.html"


def body_blocks():
    return [
        (
            "heading",
            blocks.CharBlock(
                label=_("Heading"), form_classname="title", template="components/blocks/heading_block.html"
            ),
        ),
        (
            "paragraph",
            blocks.RichTextBlock(
                label=_("Paragraph"),
                features=["bold", "italic", "ol", "ul", "link", "document-link", "h3", "h4"],
            ),
        ),
        ("image", ImageBlock()),
        ("table", CaptionedTableBlock()),
        ("quote", QuoteBlock()),
    ]


def attachment_blocks():
    return [("document", DocumentChooserBlock(label=_("Document")))]
