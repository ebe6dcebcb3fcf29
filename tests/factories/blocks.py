"""StreamField content for the factories, in Wagtail's raw form (`{"type": …, "value": …}`): the body blocks
of sections.blocks, the attachment block, and the home page's links."""

from .images import ImageFactory


def heading(text="Kết quả thực hiện"):
    return {"type": "heading", "value": text}


def paragraph(*texts):
    """One rich-text block, a <p> per text."""
    texts = texts or ("Ủy ban nhân dân phường Dương Kinh thông báo tới toàn thể người dân trên địa bàn.",)
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in texts)}


def image(
    picture=None, alt_text="Lực lượng dân quân phường dọn rác thải ven kênh", caption="Ảnh: Ban Biên tập"
):
    picture = picture or ImageFactory()
    return {"type": "image", "value": {"image": picture.pk, "alt_text": alt_text, "caption": caption}}


def table(caption="Kết quả thu gom rác thải theo tổ dân phố", rows=None):
    rows = rows or [
        ["Tổ dân phố", "Khối lượng (tấn)", "Người tham gia"],
        ["Tổ dân phố số 1", "2,5", "120"],
        ["Tổ dân phố số 3", "1,8", "95"],
    ]
    return {
        "type": "table",
        "value": {
            "caption": caption,
            "table": {"data": rows, "first_row_is_table_header": True, "first_col_is_header": True},
        },
    }


def quote(text="Mỗi người dân là một tuyên truyền viên về bảo vệ môi trường.", source="Chủ tịch UBND phường"):
    return {"type": "quote", "value": {"text": text, "source": source}}


def every_body_block(picture=None):
    """A body that uses every block type of sections.blocks.body_blocks()."""
    return [
        heading(),
        paragraph(),
        image(picture),
        table(),
        quote(),
        paragraph("Thông tin chi tiết xem tệp đính kèm."),
    ]


def attachment(document):
    """An entry of an `attachments` (or `forms`, `request_forms`) stream."""
    return {"type": "document", "value": document.pk}


def link(title, url, description=""):
    """An entry of the home page's `public_services` or `organisation_links`."""
    return {"type": "link", "value": {"title": title, "url": url, "description": description}}
