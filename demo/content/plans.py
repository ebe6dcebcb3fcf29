"""Chiến lược, quy hoạch, kế hoạch: socio-economic plans, land use plan, work programme, reports."""

from sections.models import PlanIndexPage, PlanPage

from ..seeder import slugify_vi
from . import common as c

LABEL = "Chiến lược, quy hoạch, kế hoạch"
Kind = PlanPage.Kind

PLANS = [
    (
        Kind.PLAN,
        "Kế hoạch phát triển kinh tế - xã hội năm {year}",
        "{year}",
        20,
        "Các chỉ tiêu chủ yếu và nhiệm vụ, giải pháp phát triển kinh tế - xã hội của phường trong năm.",
        "fields",
        [
            "Kế hoạch được xây dựng trên cơ sở nghị quyết của Hội đồng nhân dân phường, bám sát định hướng "
            "phát triển của thành phố Hải Phòng và điều kiện thực tế của phường sau sắp xếp đơn vị hành "
            "chính.",
            c.table(
                "Một số chỉ tiêu chủ yếu (số liệu minh họa)",
                [
                    ["Chỉ tiêu", "Đơn vị", "Kế hoạch"],
                    ["Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "185"],
                    ["Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", "%", "≥ 80"],
                    ["Tỷ lệ hộ nghèo (theo chuẩn mới)", "%", "< 0,5"],
                    ["Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "≥ 95"],
                    ["Tỷ lệ rác thải sinh hoạt được thu gom, xử lý", "%", "100"],
                ],
            ),
            c.heading("Nhiệm vụ, giải pháp trọng tâm"),
            c.ul(
                "Đẩy mạnh cải cách hành chính, chuyển đổi số, nâng cao chất lượng phục vụ người dân.",
                "Hoàn thành các công trình hạ tầng giao thông, thoát nước trọng điểm.",
                "Quản lý chặt chẽ đất đai, trật tự xây dựng, vệ sinh môi trường.",
                "Bảo đảm an sinh xã hội, chăm lo gia đình chính sách, hộ nghèo.",
            ),
        ],
    ),
    (
        Kind.MASTER_PLAN,
        "Kế hoạch sử dụng đất năm {year} của phường Dương Kinh",
        "{year}",
        45,
        "Diện tích các loại đất phân bổ trong năm, danh mục công trình, dự án thu hồi đất, chuyển mục đích "
        "sử dụng đất.",
        "landscape",
        [
            "Kế hoạch sử dụng đất năm được lập theo quy định của Luật Đất đai năm 2024, phù hợp với quy "
            "hoạch "
            "sử dụng đất và quy hoạch đô thị đã được cấp có thẩm quyền phê duyệt.",
            c.table(
                "Cơ cấu sử dụng đất (số liệu minh họa)",
                [
                    ["Loại đất", "Diện tích (ha)", "Tỷ lệ (%)"],
                    ["Đất nông nghiệp", "1.320", "29"],
                    ["Đất phi nông nghiệp", "3.150", "69"],
                    ["Đất chưa sử dụng", "95", "2"],
                ],
            ),
            "Danh mục công trình, dự án trong kế hoạch và bản đồ kế hoạch sử dụng đất được niêm yết công "
            "khai "
            "tại trụ sở Ủy ban nhân dân phường.",
        ],
    ),
    (
        Kind.PLAN,
        "Chương trình công tác năm {year} của Ủy ban nhân dân phường",
        "{year}",
        60,
        "Danh mục các nội dung Ủy ban nhân dân phường trình Hội đồng nhân dân và thảo luận tại các phiên "
        "họp thường kỳ.",
        "abstract",
        [
            "Chương trình công tác xác định các nội dung trọng tâm theo từng quý, cơ quan chủ trì chuẩn bị "
            "và "
            "thời hạn trình, bảo đảm sự lãnh đạo, điều hành thống nhất của Ủy ban nhân dân phường.",
            c.table(
                "Nội dung trọng tâm theo quý",
                [
                    ["Quý", "Nội dung", "Đơn vị chủ trì"],
                    ["I", "Kế hoạch cải cách hành chính, chuyển đổi số", "Văn phòng HĐND và UBND"],
                    ["II", "Sơ kết 6 tháng, phòng chống thiên tai", "Phòng Kinh tế, Hạ tầng và Đô thị"],
                    ["III", "Dự toán ngân sách năm sau", "Phòng Kinh tế, Hạ tầng và Đô thị"],
                    ["IV", "Tổng kết năm, kế hoạch năm sau", "Văn phòng HĐND và UBND"],
                ],
            ),
        ],
    ),
    (
        Kind.STRATEGY,
        "Định hướng phát triển đô thị phường Dương Kinh giai đoạn 2026 - 2030",
        "2026 - 2030",
        120,
        "Mục tiêu xây dựng phường Dương Kinh văn minh, hiện đại, kết nối trung tâm thành phố với Đồ Sơn.",
        "city",
        [
            "Định hướng xác định các trục phát triển dọc đường Phạm Văn Đồng, khu vực ven sông Lạch Tray "
            "và các "
            "khu dân cư hiện hữu cần chỉnh trang.",
            c.ul(
                "Phát triển đô thị xanh, thích ứng biến đổi khí hậu, giảm ngập úng.",
                "Hoàn thiện hạ tầng xã hội: trường học, trạm y tế, nhà văn hóa, không gian công cộng.",
                "Phát triển thương mại, dịch vụ và nông nghiệp đô thị công nghệ cao.",
            ),
        ],
    ),
    (
        Kind.REPORT,
        "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm {year}",
        "{year}",
        50,
        "Đánh giá kết quả thực hiện các chỉ tiêu, nhiệm vụ từ đầu năm và giải pháp trong thời gian tới.",
        "abstract",
        [
            "Từ đầu năm đến nay, tình hình kinh tế - xã hội của phường tiếp tục ổn định; nhiều chỉ tiêu "
            "đạt và "
            "vượt tiến độ; bộ máy chính quyền phường vận hành thông suốt.",
            "Bên cạnh kết quả đạt được, còn một số tồn tại: tiến độ giải phóng mặt bằng một số dự án chậm, "
            "tình "
            "trạng ngập úng cục bộ khi mưa lớn chưa được giải quyết triệt để.",
        ],
    ),
]


def build(s, home):
    index = s.page(
        home,
        PlanIndexPage,
        "chien-luoc-quy-hoach-ke-hoach",
        "Chiến lược, quy hoạch, kế hoạch",
        {
            "intro": c.html(
                "Chiến lược, định hướng, quy hoạch, kế hoạch phát triển kinh tế - xã hội, kế hoạch sử dụng "
                "đất, "
                "chương trình công tác và kết quả thực hiện của phường.",
            ),
        },
    )
    year = s.today.year
    for kind, title, period, days, summary, image_kind, paragraphs in PLANS:
        title = title.replace("{year}", str(year))
        s.page(
            index,
            PlanPage,
            slugify_vi(title.replace(str(year), "").strip()),
            title,
            _fields(
                s, kind, title, period.replace("{year}", str(year)), days, summary, image_kind, paragraphs
            ),
        )
    return index


def _fields(s, kind, title, period, days, summary, image_kind, paragraphs):
    def fields():
        return {
            "kind": kind,
            "period": period,
            "date": s.days_ago(days),
            "summary": summary,
            "image": s.image(title, image_kind),
            "image_alt": _alt(image_kind),
            "body": c.body(*paragraphs),
            "author": "Văn phòng HĐND và UBND phường",
        }

    return fields


def _alt(image_kind):
    return {
        "fields": "Tranh minh họa: cánh đồng xanh trải dài, vài ngôi nhà mái đỏ ở phía xa.",
        "landscape": "Tranh minh họa: đồi thấp, dòng sông và hàng cây dưới bầu trời nhiều mây.",
        "abstract": "Hình minh họa trừu tượng: các mảng màu tròn và chữ nhật màu dịu chồng lên nhau.",
        "city": "Tranh minh họa: khu đô thị với các tòa nhà, hàng cây và con đường rộng.",
    }[image_kind]
