"""Tuyên truyền, phổ biến pháp luật: short guides on laws that matter to residents."""

from sections.models import LegalDisseminationIndexPage, LegalDisseminationPage

from ..seeder import slugify_vi
from . import common as c

LABEL = "Tuyên truyền, phổ biến pháp luật"

ARTICLES = [
    (
        "Những điểm mới của Luật Đất đai năm 2024 người dân cần biết",
        16,
        "fields",
        "Tranh minh họa: cánh đồng rộng chia ô, phía xa là những ngôi nhà mái đỏ.",
        "Luật Đất đai số 31/2024/QH15 có hiệu lực từ ngày 01/8/2024 với nhiều quy định mới về cấp giấy "
        "chứng nhận, bảng giá đất, bồi thường.",
        [
            "Luật Đất đai số 31/2024/QH15 được Quốc hội thông qua ngày 18/01/2024, có hiệu lực từ ngày "
            "01/8/2024. "
            "Một số điểm mới đáng chú ý đối với hộ gia đình, cá nhân:",
            c.ul(
                "Bảng giá đất được xây dựng hằng năm, áp dụng từ ngày 01 tháng 01 của năm.",
                "Mở rộng các trường hợp được cấp Giấy chứng nhận quyền sử dụng đất không có giấy tờ về "
                "quyền sử dụng đất.",
                "Quy định cụ thể về bồi thường, hỗ trợ, tái định cư; khu tái định cư phải hoàn thiện hạ "
                "tầng trước khi thu hồi đất.",
                "Hòa giải tranh chấp đất đai tại Ủy ban nhân dân cấp xã là bước bắt buộc trước khi giải "
                "quyết tranh chấp.",
            ),
            "Người dân cần tư vấn có thể liên hệ Phòng Kinh tế, Hạ tầng và Đô thị hoặc xem thủ tục tại mục "
            "Thủ tục hành chính.",
        ],
    ),
    (
        "Quyền tiếp cận thông tin của công dân",
        36,
        "abstract",
        "Hình minh họa trừu tượng: các hình tròn màu xanh nhạt và nâu đất trên nền sáng.",
        "Công dân có quyền được tiếp cận thông tin do cơ quan nhà nước tạo ra, trừ thông tin không được "
        "tiếp cận theo quy định.",
        [
            "Theo Luật Tiếp cận thông tin số 104/2016/QH13, mọi công dân đều bình đẳng, không bị phân biệt "
            "đối xử "
            "trong việc thực hiện quyền tiếp cận thông tin. Thông tin được cung cấp phải chính xác, đầy "
            "đủ, kịp thời.",
            "Công dân được tiếp cận thông tin bằng cách tự do tiếp cận thông tin được công khai (trên "
            "Cổng, niêm yết "
            "tại trụ sở) hoặc yêu cầu cơ quan nhà nước cung cấp thông tin.",
            c.quote(
                "Công dân được tiếp cận thông tin theo quy định của Luật này và các luật khác có liên quan.",
                "Luật Tiếp cận thông tin, Điều 3",
            ),
            "Cách yêu cầu cung cấp thông tin, mẫu phiếu yêu cầu và đầu mối cung cấp thông tin của phường "
            "được đăng "
            "tại mục Tiếp cận thông tin.",
        ],
    ),
    (
        "Phòng, chống lừa đảo chiếm đoạt tài sản trên không gian mạng",
        49,
        "abstract",
        "Hình minh họa trừu tượng: các khối màu xám xanh và be đan xen.",
        "Nhận diện các thủ đoạn lừa đảo phổ biến và cách phòng tránh.",
        [
            "Tội lừa đảo chiếm đoạt tài sản được quy định tại Điều 174 Bộ luật Hình sự; người thực hiện "
            "hành vi có thể "
            "bị phạt tù đến 20 năm hoặc tù chung thân tùy theo tính chất, mức độ.",
            c.heading("Thủ đoạn thường gặp"),
            c.ul(
                "Giả danh cơ quan công an, tòa án, viện kiểm sát gọi điện yêu cầu chuyển tiền để “phục vụ "
                "điều tra”.",
                "Gửi đường dẫn giả mạo dịch vụ công, yêu cầu cài đặt ứng dụng để “cập nhật định danh điện "
                "tử”.",
                "Tuyển cộng tác viên làm nhiệm vụ trực tuyến, hứa hẹn hoa hồng cao.",
            ),
            "Khi nghi ngờ, người dân không chuyển tiền, không cung cấp mã OTP và báo ngay cho Công an "
            "phường.",
        ],
    ),
    (
        "Quy định về bảo vệ dữ liệu cá nhân",
        90,
        "abstract",
        "Hình minh họa trừu tượng: các mảng màu dịu chồng lên nhau.",
        "Luật Bảo vệ dữ liệu cá nhân có hiệu lực từ ngày 01/01/2026; người dân có quyền được biết, đồng ý, "
        "yêu cầu xóa dữ liệu.",
        [
            "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 có hiệu lực từ ngày 01/01/2026, quy định quyền và "
            "nghĩa vụ "
            "của chủ thể dữ liệu, trách nhiệm của cơ quan, tổ chức xử lý dữ liệu cá nhân.",
            c.ul(
                "Chủ thể dữ liệu có quyền được biết, đồng ý hoặc không đồng ý, xem, chỉnh sửa, yêu cầu xóa "
                "dữ liệu của mình.",
                "Nghiêm cấm mua, bán dữ liệu cá nhân trái phép.",
                "Cơ quan, tổ chức xử lý dữ liệu phải áp dụng biện pháp bảo vệ phù hợp.",
            ),
            "Khi gửi câu hỏi, góp ý trên Cổng, thông tin cá nhân của người dân chỉ được dùng để trả lời và "
            "không công "
            "khai khi chưa có sự đồng ý.",
        ],
    ),
    (
        "Trách nhiệm phân loại chất thải rắn sinh hoạt tại nguồn",
        130,
        "community",
        "Tranh minh họa: khu dân cư với những ngôi nhà mái đỏ và sân rộng.",
        "Hộ gia đình, cá nhân phải phân loại chất thải rắn sinh hoạt theo quy định của Luật Bảo vệ môi "
        "trường năm 2020.",
        [
            "Theo Luật Bảo vệ môi trường năm 2020, chất thải rắn sinh hoạt phát sinh từ hộ gia đình, cá "
            "nhân được "
            "phân loại thành: chất thải có khả năng tái sử dụng, tái chế; chất thải thực phẩm; chất thải "
            "khác.",
            "Hộ gia đình, cá nhân chứa, đựng chất thải đã phân loại vào bao bì phù hợp và chuyển giao đúng "
            "thời gian, "
            "địa điểm theo thông báo của phường.",
        ],
    ),
]


def build(s, home):
    index = s.page(
        home,
        LegalDisseminationIndexPage,
        "tuyen-truyen-pho-bien-phap-luat",
        "Tuyên truyền, phổ biến pháp luật",
        {
            "intro": c.html(
                "Giới thiệu, hướng dẫn chính sách, pháp luật liên quan đến đời sống người dân và hoạt động "
                "của doanh "
                "nghiệp trên địa bàn phường.",
            ),
        },
    )
    for title, days, kind, alt, summary, paragraphs in ARTICLES:
        s.page(
            index,
            LegalDisseminationPage,
            slugify_vi(title),
            title,
            _fields(s, title, days, kind, alt, summary, paragraphs),
        )
    return index


def _fields(s, title, days, kind, alt, summary, paragraphs):
    def fields():
        return {
            "date": s.days_ago(days),
            "summary": summary,
            "image": s.image(title, kind),
            "image_alt": alt,
            "body": c.body(*paragraphs),
            "author": "Phòng Văn hóa - Xã hội",
        }

    return fields
