"""Tiếp cận thông tin: the list of information that must be disclosed, the focal point, how to ask,
the request form, complaints, and two guides."""

import datetime

from sections.models import AccessToInformationPage, DisclosureItem, SchedulePage, StandardPage

from ..seeder import slugify_vi
from . import common as c
from . import projects, recruitment
from .regulation import regulation_pdf

LABEL = "Tiếp cận thông tin"


def request_form_pdf(s):
    blocks = [
        ("center", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("center", "Độc lập - Tự do - Hạnh phúc"),
        ("space", 14),
        ("title", "PHIẾU YÊU CẦU CUNG CẤP THÔNG TIN"),
        ("center", "Kính gửi: Ủy ban nhân dân phường Dương Kinh"),
        ("space", 8),
        ("field", "1. Họ và tên người yêu cầu:"),
        ("field", "2. Số căn cước / định danh cá nhân:"),
        ("field", "3. Nơi cư trú:"),
        ("field", "4. Số điện thoại:                               Thư điện tử:"),
        ("field", "5. Thông tin cần cung cấp (tên văn bản, hồ sơ, tài liệu; số, ký hiệu; ngày ban hành):"),
        ("field", ""),
        ("field", ""),
        ("field", "6. Mục đích yêu cầu cung cấp thông tin:"),
        ("field", "7. Số lượng bản sao:"),
        (
            "para",
            "8. Hình thức nhận thông tin: ☐ Nhận tại nơi cung cấp   ☐ Qua bưu chính   ☐ Qua thư điện tử   "
            "☐ Hình thức khác",
        ),
        ("space", 8),
        ("para", "Tôi cam kết sử dụng thông tin đúng mục đích, không vi phạm quy định của pháp luật."),
        ("right", "……………, ngày …… tháng …… năm ……"),
        ("right", "Người yêu cầu (ký, ghi rõ họ tên)"),
        ("space", 60),
        (
            "small",
            "Mẫu trình bày theo Nghị định số 13/2018/NĐ-CP hướng dẫn Luật Tiếp cận thông tin; bản minh họa "
            "của dữ liệu mẫu.",
        ),
    ]
    return s.pdf(
        "Mẫu phiếu yêu cầu cung cấp thông tin", blocks, filename="mau-phieu-yeu-cau-cung-cap-thong-tin"
    )


def _disclosure_items(s, home):
    intro = s.descendant(home, "gioi-thieu", "quy-che-cong-thong-tin-dien-tu")
    rows = [
        (
            "Quyết định ban hành Quy chế quản lý, vận hành và khai thác Cổng Thông tin điện tử phường",
            "218/2025/QĐ-UBND",
            datetime.date(2025, 8, 6),
            datetime.date(2025, 8, 7),
            "Thường xuyên",
            intro,
            regulation_pdf(s),
        ),
        (
            "Dự toán ngân sách phường năm 2026",
            "15/QĐ-UBND",
            datetime.date(2026, 1, 8),
            datetime.date(2026, 1, 8),
            "Ít nhất 01 năm",
            s.descendant(home, "cong-khai-ngan-sach", "cong-khai-du-toan-ngan-sach-nam-2026"),
            None,
        ),
        (
            "Quyết toán ngân sách năm 2024",
            "",
            datetime.date(2025, 9, 10),
            datetime.date(2025, 9, 15),
            "Ít nhất 01 năm",
            s.descendant(home, "cong-khai-ngan-sach", "cong-khai-quyet-toan-ngan-sach-nam-2024"),
            None,
        ),
        (
            "Kế hoạch phát triển kinh tế - xã hội năm hiện hành",
            "",
            s.days_ago(25),
            s.days_ago(20),
            "Đến hết năm kế hoạch",
            s.descendant(home, "chien-luoc-quy-hoach-ke-hoach", "ke-hoach-phat-trien-kinh-te-xa-hoi-nam"),
            None,
        ),
        (
            "Kế hoạch sử dụng đất năm hiện hành",
            "",
            s.days_ago(50),
            s.days_ago(45),
            "Đến hết năm kế hoạch",
            s.descendant(
                home, "chien-luoc-quy-hoach-ke-hoach", "ke-hoach-su-dung-dat-nam-cua-phuong-duong-kinh"
            ),
            None,
        ),
        (
            "Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân phường",
            "",
            s.days_ago(120),
            s.days_ago(118),
            "Thường xuyên",
            s.descendant(home, "thu-tuc-hanh-chinh"),
            None,
        ),
        (
            "Lịch tiếp công dân của lãnh đạo Ủy ban nhân dân phường",
            "",
            s.monday - datetime.timedelta(days=3),
            s.monday - datetime.timedelta(days=3),
            "Hằng tuần",
            _reception_schedule(s, home),
            None,
        ),
        (
            "Thông báo tuyển dụng viên chức",
            "",
            s.days_ago(10),
            s.days_ago(10),
            "Đến hết thời hạn nhận hồ sơ",
            s.descendant(home, "tuyen-dung", slugify_vi(recruitment.NOTICES[0]["title"])),
            None,
        ),
        (
            "Phương án bồi thường, hỗ trợ, tái định cư dự án mở rộng khu tái định cư",
            "",
            s.days_ago(105),
            s.days_ago(103),
            "Trong thời gian lấy ý kiến và thực hiện dự án",
            s.descendant(home, "du-an-dau-thau-mua-sam", slugify_vi(projects.PROJECTS[-1]["title"])),
            None,
        ),
        (
            "Kết quả giải quyết thủ tục hành chính",
            "",
            s.days_ago(s.today.day),
            s.days_ago(s.today.day - 1),
            "Hằng tháng",
            s.descendant(home, "thong-ke", "ket-qua-giai-quyet-thu-tuc-hanh-chinh-theo-linh-vuc"),
            None,
        ),
    ]
    return [
        DisclosureItem(
            title=title,
            reference=reference,
            created_on=created_on,
            disclosed_on=disclosed_on,
            duration=duration,
            form="Đăng tải trên Cổng TTĐT; niêm yết tại trụ sở",
            linked_page=page,
            document=document,
            sort_order=order,
        )
        for order, (title, reference, created_on, disclosed_on, duration, page, document) in enumerate(rows)
    ]


def _reception_schedule(s, home):
    directions = s.descendant(home, "chi-dao-dieu-hanh")
    if directions is None:
        return None
    return SchedulePage.objects.child_of(directions).filter(kind=SchedulePage.Kind.RECEPTION).first()


def build(s, home):
    index = s.page(
        home,
        AccessToInformationPage,
        "tiep-can-thong-tin",
        "Tiếp cận thông tin",
        lambda: {
            "intro": c.html(
                "Chuyên mục thực hiện quyền tiếp cận thông tin của công dân theo Luật Tiếp cận thông tin "
                "và Nghị định "
                "số 13/2018/NĐ-CP: danh mục thông tin phải được công khai, đầu mối cung cấp thông tin, "
                "cách yêu cầu "
                "cung cấp thông tin và mẫu phiếu yêu cầu.",
                c.REUSE_NOTICE,
            ),
            "disclosure_items": _disclosure_items(s, home),
            "focal_point_name": c.OFFICE_CHIEF.name,
            "focal_point_title": "Chánh Văn phòng HĐND và UBND phường, đầu mối cung cấp thông tin",
            "focal_point_address": c.ADDRESS,
            "focal_point_phone": c.OFFICE_CHIEF.phone,
            "focal_point_email": c.EMAIL,
            "how_to_request": c.html(
                "Công dân yêu cầu cung cấp thông tin bằng một trong các cách sau:",
                c.ol(
                    "Trực tiếp tại Văn phòng HĐND và UBND phường trong giờ hành chính, nộp Phiếu yêu cầu "
                    "cung cấp thông tin.",
                    "Gửi Phiếu yêu cầu qua bưu chính tới địa chỉ của Ủy ban nhân dân phường.",
                    "Gửi Phiếu yêu cầu (bản chụp có chữ ký hoặc bản điện tử) qua thư điện tử "
                    "duongkinh@haiphong.gov.vn.",
                ),
                "Thông tin đơn giản, có sẵn được cung cấp ngay; trường hợp cần thời gian tập hợp, thời hạn "
                "cung cấp không "
                "quá 10 ngày làm việc kể từ ngày nhận yêu cầu hợp lệ và có thể gia hạn không quá 15 ngày "
                "làm việc. Chi phí "
                "in, sao, chụp, gửi thông tin (nếu có) do người yêu cầu chi trả theo quy định.",
            ),
            "request_forms": c.attachments(request_form_pdf(s)),
            "complaints": c.html(
                "Người yêu cầu cung cấp thông tin có quyền khiếu nại, khởi kiện, tố cáo khi cho rằng quyền "
                "tiếp cận "
                "thông tin của mình bị vi phạm, theo Luật Khiếu nại, Luật Tố cáo và Luật Tố tụng hành chính.",
                "Đơn khiếu nại, tố cáo gửi Chủ tịch Ủy ban nhân dân phường tại Phòng tiếp công dân hoặc "
                "qua thư điện tử "
                "duongkinh@haiphong.gov.vn; lịch tiếp công dân được đăng tại mục Chỉ đạo, điều hành.",
            ),
        },
    )
    _guides(s, index)
    return index


def _guides(s, index):
    s.page(
        index,
        StandardPage,
        "huong-dan-yeu-cau-cung-cap-thong-tin",
        "Hướng dẫn yêu cầu cung cấp thông tin",
        {
            "summary": "Các bước để yêu cầu Ủy ban nhân dân phường cung cấp thông tin chưa được công khai.",
            "body": c.body(
                c.heading("Bước 1. Xác định thông tin cần yêu cầu"),
                "Kiểm tra danh mục thông tin phải được công khai và mục Văn bản trên Cổng; thông tin đã "
                "công khai có thể "
                "tự do tiếp cận, không cần làm phiếu yêu cầu.",
                c.heading("Bước 2. Điền Phiếu yêu cầu cung cấp thông tin"),
                "Ghi rõ tên văn bản, hồ sơ, tài liệu; mục đích sử dụng; hình thức nhận thông tin. Người "
                "yêu cầu là người "
                "chưa thành niên, người mất năng lực hành vi dân sự thực hiện thông qua người đại diện "
                "theo pháp luật.",
                c.heading("Bước 3. Gửi Phiếu yêu cầu và nhận thông tin"),
                "Gửi trực tiếp, qua bưu chính hoặc thư điện tử. Văn phòng HĐND và UBND phường vào sổ theo "
                "dõi, thông báo "
                "thời hạn, chi phí (nếu có) và cung cấp thông tin theo hình thức đã yêu cầu.",
                c.table(
                    "Thời hạn cung cấp thông tin",
                    [
                        ["Trường hợp", "Thời hạn"],
                        ["Thông tin đơn giản, có sẵn", "Cung cấp ngay hoặc chậm nhất 03 ngày làm việc"],
                        ["Cần tập hợp, sao chụp, tìm kiếm", "Không quá 10 ngày làm việc"],
                        ["Gia hạn (khi cần thêm thời gian)", "Không quá 15 ngày làm việc"],
                    ],
                ),
            ),
        },
    )
    s.page(
        index,
        StandardPage,
        "thong-tin-khong-duoc-tiep-can",
        "Thông tin công dân không được tiếp cận hoặc tiếp cận có điều kiện",
        {
            "summary": "Những loại thông tin không được cung cấp hoặc chỉ được cung cấp khi đáp ứng điều "
            "kiện luật định.",
            "body": c.body(
                c.heading("Thông tin công dân không được tiếp cận"),
                c.ul(
                    "Thông tin thuộc bí mật nhà nước.",
                    "Thông tin mà nếu để tiếp cận sẽ gây nguy hại đến lợi ích của Nhà nước, quốc phòng, an "
                    "ninh quốc gia, trật tự, an toàn xã hội.",
                    "Thông tin thuộc bí mật công tác; thông tin về cuộc họp nội bộ; tài liệu do cơ quan "
                    "nhà nước soạn thảo cho công việc nội bộ.",
                ),
                c.heading("Thông tin tiếp cận có điều kiện"),
                c.ul(
                    "Thông tin liên quan đến bí mật kinh doanh, khi được chủ sở hữu đồng ý.",
                    "Thông tin liên quan đến bí mật cá nhân, đời sống riêng tư, khi được người đó đồng ý.",
                    "Thông tin liên quan đến bí mật gia đình, khi được các thành viên gia đình đồng ý.",
                ),
            ),
        },
    )
