"""Facts shared by every section of the sample content, and small helpers to write rich text and
StreamField data.

People's names, phone numbers and personal email addresses are made up for the sample; the ward's
name, its email address, its Facebook page and the decision on the portal (QĐ 218/2025/QĐ-UBND) are
real and come from the ward's regulation.
"""

from html import escape

WARD = "phường Dương Kinh"
UBND = "Ủy ban nhân dân phường Dương Kinh"
ADDRESS = "Số 1 đường Mạc Đăng Doanh, phường Dương Kinh, thành phố Hải Phòng (địa chỉ minh họa)"
PHONE = "0225 3 581 101"
FAX = "0225 3 581 102"
HOTLINE = "0225 3 581 115"
EMAIL = "duongkinh@haiphong.gov.vn"
FACEBOOK_URL = "https://www.facebook.com/share/1CRMNDXavM/"
PORTAL_URL = "https://duongkinh.haiphong.gov.vn"
NATIONAL_PORTAL = "https://dichvucong.gov.vn"
CITY_PORTAL = "https://dichvucong.haiphong.gov.vn"
OFFICE_HOURS = (
    "Sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu; "
    "sáng thứ Bảy từ 7 giờ 30 đến 11 giờ 30 (chỉ Bộ phận Một cửa, tiếp nhận hồ sơ hộ tịch, chứng thực)."
)
DECISION_218 = "Quyết định số 218/2025/QĐ-UBND ngày 06/8/2025 của Ủy ban nhân dân phường Dương Kinh"
REUSE_NOTICE = (
    "Khi phát hành lại thông tin từ Cổng, phải ghi rõ nguồn “Cổng Thông tin điện tử phường Dương Kinh” "
    "hoặc “duongkinh.haiphong.gov.vn”."
)
SAMPLE_NOTE = (
    "Đây là dữ liệu mẫu để giới thiệu Cổng; họ tên, số điện thoại và số liệu là minh họa, "
    "sẽ được thay bằng thông tin chính thức của phường."
)


class Person:
    def __init__(self, name, position, phone, email):
        self.name, self.position, self.phone, self.email = name, position, phone, email


SECRETARY = Person(
    "Phạm Quốc Khánh", "Bí thư Đảng ủy phường", "0225 3 581 201", "khanhpq.duongkinh@haiphong.gov.vn"
)
COUNCIL_CHAIR = Person(
    "Vũ Thị Thu Hằng",
    "Phó Bí thư Thường trực Đảng ủy, Chủ tịch Hội đồng nhân dân phường",
    "0225 3 581 202",
    "hangvtt.duongkinh@haiphong.gov.vn",
)
CHAIRMAN = Person(
    "Nguyễn Đức Thắng",
    "Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân phường",
    "0225 3 581 203",
    "thangnd.duongkinh@haiphong.gov.vn",
)
VICE_ECONOMY = Person(
    "Trần Văn Long",
    "Phó Chủ tịch Ủy ban nhân dân phường (phụ trách kinh tế, hạ tầng và đô thị)",
    "0225 3 581 204",
    "longtv.duongkinh@haiphong.gov.vn",
)
VICE_SOCIAL = Person(
    "Hoàng Thị Minh Ngọc",
    "Phó Chủ tịch Ủy ban nhân dân phường (phụ trách văn hóa - xã hội), Trưởng Ban Biên tập Cổng TTĐT",
    "0225 3 581 205",
    "ngochtm.duongkinh@haiphong.gov.vn",
)
OFFICE_CHIEF = Person(
    "Đỗ Mạnh Cường",
    "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường",
    "0225 3 581 206",
    "cuongdm.duongkinh@haiphong.gov.vn",
)

NEIGHBOURHOODS = [f"Tổ dân phố số {number}" for number in (1, 3, 5, 7, 9, 12, 15, 18)]


def html(*parts):
    """Rich text: plain paragraphs are escaped and wrapped in <p>; parts starting with '<' are HTML."""
    return "".join(
        part if part.lstrip().startswith("<") else f"<p>{escape(part, quote=False)}</p>" for part in parts
    )


def ul(*items):
    return "<ul>" + "".join(f"<li>{escape(item, quote=False)}</li>" for item in items) + "</ul>"


def ol(*items):
    return "<ol>" + "".join(f"<li>{escape(item, quote=False)}</li>" for item in items) + "</ol>"


def link(text, url):
    return f'<a href="{escape(url)}">{escape(text, quote=False)}</a>'


def paragraph(text):
    return {"type": "paragraph", "value": html(text)}


def heading(text):
    return {"type": "heading", "value": text}


def quote(text, source=""):
    return {"type": "quote", "value": {"text": text, "source": source}}


def table(caption, rows, header_row=True, header_col=False):
    return {
        "type": "table",
        "value": {
            "caption": caption,
            "table": {
                "data": [[str(cell) for cell in row] for row in rows],
                "first_row_is_table_header": header_row,
                "first_col_is_header": header_col,
                "table_caption": "",
                "cell": [],
                "mergedCells": [],
            },
        },
    }


def image_block(image, alt_text, caption=""):
    return {"type": "image", "value": {"image": image.pk, "alt_text": alt_text, "caption": caption}}


def body(*items):
    """StreamField data: a string is a paragraph; dicts are blocks made by the helpers above."""
    return [paragraph(item) if isinstance(item, str) else item for item in items]


def attachments(*documents):
    return [{"type": "document", "value": document.pk} for document in documents]


def fmt_date(date):
    return date.strftime("%d/%m/%Y")


def document_header(number_line, place_date):
    """The two-column heading of a decision or notice of the ward's People's Committee."""
    return [
        (
            "header",
            (
                ["ỦY BAN NHÂN DÂN", "PHƯỜNG DƯƠNG KINH", number_line],
                [
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc",
                ],
            ),
        ),
        ("right", place_date),
        ("space", 10),
    ]
