"""Người phát ngôn (with press releases), Liên hệ (with the directory of units) and Sơ đồ Cổng."""

from sections.models import (
    ContactEntry,
    ContactPage,
    PressReleasePage,
    SitemapPage,
    Spokesperson,
    SpokespersonPage,
)

from ..seeder import slugify_vi
from . import common as c

LABEL = "Người phát ngôn, liên hệ, sơ đồ Cổng"

PRESS_RELEASES = [
    (
        "Thông cáo báo chí về hoạt động của Cổng Thông tin điện tử phường Dương Kinh",
        4,
        "Cổng Thông tin điện tử phường hoạt động tại địa chỉ duongkinh.haiphong.gov.vn theo Quy chế ban "
        "hành kèm theo Quyết định số 218/2025/QĐ-UBND.",
        [
            "Cổng Thông tin điện tử phường Dương Kinh là điểm truy cập chính thức duy nhất của Ủy ban nhân "
            "dân phường trên "
            "môi trường mạng, hoạt động tại địa chỉ duongkinh.haiphong.gov.vn theo Quy chế ban hành kèm "
            "theo Quyết định số "
            "218/2025/QĐ-UBND ngày 06/8/2025.",
            "Cổng cung cấp thông tin về hoạt động của chính quyền phường, văn bản, thủ tục hành chính, "
            "lịch công tác, công "
            "khai ngân sách và tiếp nhận câu hỏi, góp ý của người dân. Các cơ quan báo chí khi sử dụng "
            "thông tin từ Cổng đề "
            "nghị ghi rõ nguồn “Cổng Thông tin điện tử phường Dương Kinh” hoặc “duongkinh.haiphong.gov.vn”.",
            "Thông tin cho báo chí xin liên hệ người phát ngôn của Ủy ban nhân dân phường theo thông tin "
            "tại trang này.",
        ],
    ),
    (
        "Thông cáo báo chí về kết quả giải quyết thủ tục hành chính và cải cách hành chính",
        45,
        "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt trên 99%, tỷ lệ nộp trực tuyến tiếp "
        "tục tăng.",
        [
            "Ủy ban nhân dân phường Dương Kinh thông tin kết quả giải quyết thủ tục hành chính: hơn 12.000 "
            "hồ sơ được tiếp "
            "nhận, trên 99% được giải quyết đúng và trước hạn; không có hồ sơ phải xin lỗi người dân do "
            "quá hạn.",
            "Phường tiếp tục đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và hướng dẫn "
            "người dân sử dụng dịch "
            "vụ công trực tuyến.",
        ],
    ),
]

DIRECTORY = [
    (
        "Văn phòng HĐND và UBND phường",
        f"{c.OFFICE_CHIEF.name} – Chánh Văn phòng",
        "0225 3 581 110",
        "vanphong.duongkinh@haiphong.gov.vn",
    ),
    (
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Trưởng phòng",
        "0225 3 581 120",
        "kinhte.duongkinh@haiphong.gov.vn",
    ),
    ("Phòng Văn hóa - Xã hội", "Trưởng phòng", "0225 3 581 130", "vanhoa.duongkinh@haiphong.gov.vn"),
    (
        "Trung tâm Phục vụ hành chính công phường (Bộ phận Một cửa)",
        "Giám đốc Trung tâm",
        "0225 3 581 140",
        "motcua.duongkinh@haiphong.gov.vn",
    ),
    ("Công an phường", "Trưởng Công an phường", "0225 3 581 150", ""),
    ("Ban Chỉ huy quân sự phường", "Chỉ huy trưởng", "0225 3 581 160", ""),
    (
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
        "Chủ tịch Ủy ban MTTQ",
        "0225 3 581 170",
        "mttq.duongkinh@haiphong.gov.vn",
    ),
    ("Trạm Y tế phường", "Trưởng Trạm Y tế", "0225 3 581 180", ""),
    (
        "Ban Biên tập Cổng Thông tin điện tử",
        f"{c.VICE_SOCIAL.name} – Trưởng Ban Biên tập",
        "0225 3 581 110",
        c.EMAIL,
    ),
]


def build(s, home):
    spokesperson = _spokesperson(s, home)
    contact = _contact(s, home)
    sitemap = s.page(
        home,
        SitemapPage,
        "so-do-cong",
        "Sơ đồ Cổng",
        {
            "intro": c.html(
                "Danh sách các chuyên mục và trang của Cổng Thông tin điện tử phường Dương Kinh."
            ),
        },
    )
    return spokesperson, contact, sitemap


def _spokesperson(s, home):
    page = s.page(
        home,
        SpokespersonPage,
        "nguoi-phat-ngon",
        "Người phát ngôn",
        {
            "intro": c.html(
                "Người phát ngôn và người được giao cung cấp thông tin cho báo chí của Ủy ban nhân dân "
                "phường Dương Kinh. "
                "Thông tin về người phát ngôn được đăng tải trong vòng 24 giờ kể từ khi có quyết định giao "
                "nhiệm vụ và được "
                "cập nhật khi có thay đổi.",
                "<p>Cơ quan báo chí liên hệ người phát ngôn qua điện thoại hoặc thư điện tử công vụ dưới "
                "đây. Thông tin của "
                "Cổng cũng được đăng trên "
                + c.link("trang Facebook của Cổng Thông tin điện tử phường", c.FACEBOOK_URL)
                + ".</p>",
            ),
            "spokespeople": [
                Spokesperson(
                    name=c.VICE_SOCIAL.name,
                    position="Phó Chủ tịch Ủy ban nhân dân phường, Người phát ngôn",
                    phone=c.VICE_SOCIAL.phone,
                    email=c.VICE_SOCIAL.email,
                    assignment="Quyết định số 25/QĐ-UBND ngày 15/7/2025 của Chủ tịch UBND phường (số hiệu "
                    "minh họa)",
                    sort_order=0,
                ),
                Spokesperson(
                    name=c.OFFICE_CHIEF.name,
                    position="Chánh Văn phòng HĐND và UBND phường, người được giao cung cấp thông tin cho "
                    "báo chí khi Người phát ngôn vắng mặt",
                    phone=c.OFFICE_CHIEF.phone,
                    email=c.OFFICE_CHIEF.email,
                    assignment="Quyết định số 25/QĐ-UBND ngày 15/7/2025 của Chủ tịch UBND phường (số hiệu "
                    "minh họa)",
                    sort_order=1,
                ),
            ],
        },
    )
    for title, days, summary, paragraphs in PRESS_RELEASES:
        s.page(
            page,
            PressReleasePage,
            slugify_vi(title),
            title,
            {
                "date": s.days_ago(days),
                "summary": summary,
                "body": c.body(*paragraphs),
                "author": "Người phát ngôn UBND phường",
            },
        )
    return page


def _contact(s, home):
    return s.page(
        home,
        ContactPage,
        "lien-he",
        "Liên hệ",
        {
            "show_in_menus": True,
            "intro": c.html(
                "Thông tin liên hệ của Ủy ban nhân dân phường Dương Kinh và các cơ quan, đơn vị. Tin, bài, "
                "ảnh và thông tin "
                "gửi Ban Biên tập Cổng qua thư điện tử duongkinh@haiphong.gov.vn, trang Facebook của Cổng "
                "hoặc gửi văn bản tới "
                "địa chỉ dưới đây.",
            ),
            "address": c.ADDRESS,
            "phone": c.PHONE,
            "hotline": c.HOTLINE,
            "email": c.EMAIL,
            "office_hours": c.OFFICE_HOURS,
            "map_url": "https://www.openstreetmap.org/search?query=D%C6%B0%C6%A1ng%20Kinh%2C%20H%E1%BA%A3i%20Ph%C3%B2ng",
            "body": c.html(
                "Thông tin gửi qua thư điện tử và mạng xã hội được tiếp nhận 24/24 giờ tất cả các ngày; "
                "văn bản giấy được tiếp "
                "nhận trong giờ hành chính các ngày làm việc (Quy chế ban hành kèm theo Quyết định số "
                "218/2025/QĐ-UBND, Điều 7).",
                "<p>Trang Facebook của Cổng: " + c.link(c.FACEBOOK_URL, c.FACEBOOK_URL) + "</p>",
                c.REUSE_NOTICE,
            ),
            "directory": [
                ContactEntry(unit=unit, person=person, phone=phone, email=email, sort_order=order)
                for order, (unit, person, phone, email) in enumerate(DIRECTORY)
            ],
        },
    )
