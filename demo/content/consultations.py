"""Lấy ý kiến: drafts put out for comment; two open on the day the content is created, two closed
with a summary of the comments received and the ward's response."""

import datetime

from sections.models import ConsultationIndexPage, ConsultationPage

from ..seeder import slugify_vi
from . import common as c

LABEL = "Lấy ý kiến dự thảo"
RECEIVING_UNIT = "Văn phòng HĐND và UBND phường Dương Kinh"


def draft_pdf(s, title, articles):
    blocks = (
        c.document_header("DỰ THẢO", "Dương Kinh, ngày …… tháng …… năm ……")
        + [
            ("title", title.upper()),
            ("center", "(Dự thảo lấy ý kiến Nhân dân)"),
            ("space", 8),
        ]
        + [("para", article) for article in articles]
        + [
            ("space", 12),
            (
                "small",
                "Ý kiến góp ý gửi Văn phòng HĐND và UBND phường hoặc thư điện tử "
                "duongkinh@haiphong.gov.vn. Văn bản minh họa của dữ liệu mẫu.",
            ),
        ]
    )
    return s.pdf(f"Dự thảo {title[0].lower()}{title[1:]}", blocks)


URBAN_ORDER_ARTICLES = [
    "Điều 1. Phạm vi điều chỉnh. Quy chế này quy định về quản lý trật tự đô thị, vệ sinh môi trường trên "
    "các tuyến đường, ngõ, khu dân cư thuộc phường Dương Kinh.",
    "Điều 2. Sử dụng vỉa hè. Hộ gia đình được sử dụng tạm thời một phần vỉa hè để trông giữ xe, bảo đảm "
    "phần đi bộ rộng tối thiểu 1,5 m theo quy định của thành phố.",
    "Điều 3. Thu gom rác thải. Rác thải sinh hoạt được phân loại tại nguồn, để đúng giờ, đúng điểm tập "
    "kết; nghiêm cấm đổ rác ra sông, kênh, khu đất trống.",
    "Điều 4. Trách nhiệm của tổ dân phố. Tổ trưởng tổ dân phố vận động, nhắc nhở người dân thực hiện quy "
    "chế; phát hiện, báo cáo vi phạm với Ủy ban nhân dân phường.",
    "Điều 5. Xử lý vi phạm. Tổ chức, cá nhân vi phạm bị xử lý theo quy định của pháp luật về xử phạt vi "
    "phạm hành chính.",
]
STREET_NAME_ARTICLES = [
    "Phương án đặt tên 06 tuyến đường và 04 tuyến phố mới hình thành tại các khu đô thị, khu tái định cư "
    "trên địa bàn phường.",
    "Tên đề xuất được lựa chọn từ Ngân hàng tên đường, phố của thành phố, ưu tiên danh nhân, địa danh lịch "
    "sử gắn với vùng đất Dương Kinh.",
    "Bảng danh mục tên đề xuất, vị trí, chiều dài và điểm đầu, điểm cuối từng tuyến được niêm yết tại nhà "
    "văn hóa các tổ dân phố.",
]


def consultations(s):
    today = s.today
    return [
        {
            "title": "Lấy ý kiến dự thảo Quy chế quản lý trật tự đô thị, vệ sinh môi trường trên địa bàn "
            "phường",
            "opens_on": today - datetime.timedelta(days=10),
            "closes_on": today + datetime.timedelta(days=20),
            "summary": "Ủy ban nhân dân phường lấy ý kiến Nhân dân về dự thảo Quy chế quản lý trật tự đô "
            "thị, vệ sinh môi trường.",
            "body": [
                "Nhằm hoàn thiện quy định về quản lý trật tự đô thị, vệ sinh môi trường phù hợp với điều "
                "kiện thực tế sau "
                "sắp xếp đơn vị hành chính, Ủy ban nhân dân phường xây dựng dự thảo Quy chế và lấy ý kiến "
                "Nhân dân.",
                "Nội dung xin ý kiến tập trung vào việc sử dụng tạm thời vỉa hè, giờ để rác, trách nhiệm "
                "của tổ dân phố và "
                "các hộ kinh doanh. Toàn văn dự thảo được đính kèm.",
            ],
            "document": lambda: draft_pdf(
                s,
                "Quy chế quản lý trật tự đô thị, vệ sinh môi trường trên địa bàn phường Dương Kinh",
                URBAN_ORDER_ARTICLES,
            ),
            "image": ("city", "Tranh minh họa: khu phố có nhiều tòa nhà, hàng cây và con đường rộng."),
        },
        {
            "title": "Lấy ý kiến Nhân dân về phương án đặt tên đường, phố trên địa bàn phường",
            "opens_on": today - datetime.timedelta(days=5),
            "closes_on": today + datetime.timedelta(days=25),
            "summary": "Lấy ý kiến về phương án đặt tên 06 tuyến đường và 04 tuyến phố mới trên địa bàn "
            "phường.",
            "body": [
                "Thực hiện kế hoạch đặt tên đường, phố của thành phố, Ủy ban nhân dân phường lấy ý kiến "
                "Nhân dân về phương "
                "án đặt tên các tuyến đường, phố mới hình thành.",
                "Người dân có thể góp ý trực tiếp tại tổ dân phố, gửi thư điện tử hoặc gửi ý kiến ngay "
                "trên trang này.",
            ],
            "document": lambda: draft_pdf(
                s, "Phương án đặt tên đường, phố trên địa bàn phường Dương Kinh", STREET_NAME_ARTICLES
            ),
            "image": ("community", "Tranh minh họa: dãy nhà mái ngói đỏ và người dân đi lại trên sân."),
        },
        {
            "title": "Lấy ý kiến dự thảo Kế hoạch sử dụng đất của phường",
            "opens_on": today - datetime.timedelta(days=100),
            "closes_on": today - datetime.timedelta(days=70),
            "summary": "Đã kết thúc lấy ý kiến; Ủy ban nhân dân phường tiếp thu, giải trình 18 ý kiến của "
            "người dân và tổ chức.",
            "body": [
                "Dự thảo Kế hoạch sử dụng đất được công khai lấy ý kiến tại trụ sở Ủy ban nhân dân phường, "
                "các tổ dân phố và "
                "trên Cổng Thông tin điện tử trong 30 ngày.",
            ],
            "outcome": c.html(
                "Kết thúc thời gian lấy ý kiến, Ủy ban nhân dân phường nhận được 18 ý kiến của người dân, "
                "tổ chức, tập "
                "trung vào vị trí khu tái định cư, đất cây xanh, bãi đỗ xe.",
                c.ul(
                    "Tiếp thu 11 ý kiến: bổ sung 01 bãi đỗ xe tại khu dân cư số 5, mở rộng diện tích cây "
                    "xanh ven sông.",
                    "Giải trình 7 ý kiến không thuộc phạm vi kế hoạch sử dụng đất (chuyển cơ quan có thẩm "
                    "quyền).",
                ),
                "Kế hoạch sử dụng đất đã được hoàn thiện và trình cấp có thẩm quyền phê duyệt.",
            ),
            "image": ("fields", "Tranh minh họa: cánh đồng chia ô và những ngôi nhà nhỏ ở phía xa."),
        },
        {
            "title": "Lấy ý kiến dự thảo Quy chế quản lý, vận hành và khai thác Cổng Thông tin điện tử "
            "phường",
            "opens_on": datetime.date(2025, 7, 21),
            "closes_on": datetime.date(2025, 8, 1),
            "summary": "Đã kết thúc lấy ý kiến; Quy chế được ban hành kèm theo Quyết định số "
            "218/2025/QĐ-UBND ngày 06/8/2025.",
            "body": [
                "Văn phòng HĐND và UBND phường lấy ý kiến các phòng chuyên môn, đơn vị và người dân về dự "
                "thảo Quy chế quản "
                "lý, vận hành và khai thác Cổng Thông tin điện tử phường.",
            ],
            "outcome": c.html(
                "Các ý kiến góp ý đề nghị quy định rõ kênh gửi thông tin cho Ban Biên tập và việc tiếp "
                "nhận thông tin ngoài "
                "giờ hành chính. Dự thảo đã được tiếp thu: thông tin điện tử được tiếp nhận 24/24 giờ tất "
                "cả các ngày, qua thư "
                "điện tử duongkinh@haiphong.gov.vn và trang Facebook của Cổng.",
                "Quy chế được ban hành kèm theo Quyết định số 218/2025/QĐ-UBND ngày 06/8/2025, có hiệu lực "
                "từ ngày 16/8/2025.",
            ),
            "image": ("meeting", "Tranh minh họa: hội trường với phông nền đỏ và các dãy ghế."),
        },
    ]


def build(s, home):
    index = s.page(
        home,
        ConsultationIndexPage,
        "lay-y-kien",
        "Lấy ý kiến dự thảo",
        {
            "show_in_menus": True,
            "intro": c.html(
                "Dự thảo văn bản, quy hoạch, kế hoạch, đề án của phường được đưa ra lấy ý kiến Nhân dân. "
                "Mỗi dự thảo có "
                "thời hạn góp ý, đơn vị tiếp nhận và địa chỉ thư điện tử; sau khi kết thúc, phường công bố "
                "kết quả tiếp thu, "
                "giải trình.",
            ),
        },
    )
    for item in consultations(s):
        s.page(index, ConsultationPage, slugify_vi(item["title"]), item["title"], _fields(s, item))
    return index


def _fields(s, item):
    def fields():
        kind, alt = item["image"]
        document = item.get("document")
        return {
            "opens_on": item["opens_on"],
            "closes_on": item["closes_on"],
            "receiving_unit": RECEIVING_UNIT,
            "receiving_email": c.EMAIL,
            "outcome": item.get("outcome", ""),
            "date": s.not_after_today(item["opens_on"]),
            "summary": item["summary"],
            "image": s.image(item["title"], kind),
            "image_alt": alt,
            "body": c.body(*item["body"]),
            "attachments": c.attachments(document()) if document else [],
            "author": RECEIVING_UNIT,
        }

    return fields
