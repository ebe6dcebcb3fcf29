"""The text of Quyết định 218/2025/QĐ-UBND and its Quy chế, laid out as the sample PDF attachment.

The text follows the ward's decision (restored from an OCR copy); the Quy chế is abridged where it
only refers to other instruments. Numbering errors of the original (two articles numbered 4, no
article 6) are kept as they are in the original.
"""

from . import common as c

TITLE = (
    "Quyết định số 218/2025/QĐ-UBND ban hành Quy chế quản lý, vận hành và khai thác Cổng Thông tin điện tử "
    "phường Dương Kinh"
)

GROUNDS = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 2 năm 2025;",
    "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 2 năm 2025;",
    "Căn cứ Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006;",
    "Căn cứ Luật An toàn thông tin mạng ngày 19 tháng 11 năm 2015;",
    "Căn cứ Luật An ninh mạng ngày 12 tháng 6 năm 2018;",
    "Căn cứ Nghị định số 85/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ về bảo đảm an toàn hệ thống "
    "thông tin theo cấp độ;",
    "Nghị định số 09/2017/NĐ-CP ngày 09 tháng 02 năm 2017 của Chính phủ quy định chi tiết việc phát ngôn "
    "và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước;",
    "Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và "
    "dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;",
    "Căn cứ Thông tư số 22/2023/TT-BTTTT ngày 31 tháng 12 năm 2023 của Bộ trưởng Bộ Thông tin và Truyền "
    "thông quy định cấu trúc, bố cục, yêu cầu kỹ thuật cho Cổng Thông tin điện tử và trang thông tin điện "
    "tử của cơ quan nhà nước;",
    "Theo đề nghị của Chánh Văn phòng HĐND và UBND phường tại Tờ trình số 17/TTr-VP ngày 06 tháng 8 năm "
    "2025.",
]

ARTICLES = [
    ("heading", "Chương I. QUY ĐỊNH CHUNG"),
    (
        "para",
        "Điều 1. Phạm vi điều chỉnh. Quy chế này quy định về quản lý, vận hành và khai thác Hệ thống Cổng "
        "Thông tin điện tử phường Dương Kinh (gọi tắt là Hệ thống Cổng).",
    ),
    (
        "para",
        "Điều 2. Đối tượng áp dụng. 1. Ủy ban nhân dân phường Dương Kinh; các phòng chuyên môn, trung tâm "
        "phục vụ hành chính công, đơn vị sự nghiệp trên địa bàn phường Dương Kinh. 2. Các cơ quan, tổ "
        "chức, cá nhân có liên quan đến quản lý, vận hành và khai thác Hệ thống Cổng.",
    ),
    (
        "para",
        "Điều 3. Vị trí, vai trò, chức năng. Hệ thống Cổng là điểm truy cập chính thức duy nhất của Ủy ban "
        "nhân dân phường Dương Kinh trên môi trường mạng, hoạt động tại địa chỉ duongkinh.haiphong.gov.vn; "
        "cung cấp thông tin tổng hợp về chính trị, kinh tế, văn hóa, xã hội, quốc phòng - an ninh của "
        "phường; cung cấp các dịch vụ hành chính công; tổ chức đối thoại trực tuyến, trao đổi thông tin, "
        "lấy ý kiến góp ý của tổ chức, cá nhân.",
    ),
    (
        "para",
        "Điều 4. Cấu trúc của Hệ thống Cổng. Hệ thống Cổng gồm Cổng Thông tin điện tử phường (cổng cấp "
        "II); yêu cầu và cấu trúc nội dung thông tin tuân thủ Luật Công nghệ thông tin, Luật Tiếp cận "
        "thông tin và Thông tư số 22/2023/TT-BTTTT.",
    ),
    (
        "para",
        "Điều 5. Nguyên tắc chung. Mọi hoạt động đầu tư, nâng cấp, mở rộng Hệ thống Cổng phải được Ủy ban "
        "nhân dân phường phê duyệt; việc vận hành, cung cấp, lưu trữ, sử dụng thông tin phải tuân thủ pháp "
        "luật về công nghệ thông tin, sở hữu trí tuệ, báo chí, phát ngôn, an toàn thông tin mạng, bảo vệ "
        "bí mật nhà nước.",
    ),
    ("heading", "Chương II. QUẢN LÝ, VẬN HÀNH VÀ KHAI THÁC HỆ THỐNG CỔNG"),
    (
        "para",
        "Điều 4 [nguyên văn]. Cung cấp thông tin trên Hệ thống Cổng. Cổng cung cấp các mục thông tin theo "
        "quy định; cơ quan chủ quản có quyền cung cấp các mục thông tin khác phù hợp với chức năng, nhiệm "
        "vụ; Hệ thống Cổng thực hiện bảo đảm an toàn hệ thống thông tin theo cấp độ.",
    ),
    (
        "para",
        "Điều 7. Phương thức cung cấp thông tin. Các cơ quan, đơn vị, tổ chức, cá nhân gửi thông tin cho "
        "Biên tập viên Cổng bằng văn bản điện tử có ký số qua trục liên thông văn bản; thư điện tử về địa "
        "chỉ duongkinh@haiphong.gov.vn; tin nhắn qua trang Facebook của Cổng; văn bản giấy gửi qua bưu "
        "điện hoặc trực tiếp. Thông tin được tiếp nhận 24/24 giờ tất cả các ngày; văn bản giấy được tiếp "
        "nhận trong giờ hành chính.",
    ),
    (
        "para",
        "Điều 8. Tổ chức Trang thông tin điện tử trên mạng xã hội. Cổng được phép tổ chức vận hành, khai "
        "thác trang thông tin trên mạng xã hội, bảo đảm tuân thủ quy định về quản lý, cung cấp, sử dụng "
        "dịch vụ Internet và thông tin trên mạng.",
    ),
    ("heading", "Chương III. CÁC ĐIỀU KIỆN BẢO ĐẢM"),
    (
        "para",
        "Điều 9. Ban Biên tập. Ban Biên tập làm việc theo chế độ kiêm nhiệm, xây dựng quy chế làm việc và "
        "quy trình tiếp nhận, biên tập thông tin trước khi đăng tải; chịu trách nhiệm trước Chủ tịch Ủy "
        "ban nhân dân phường và trước pháp luật về nội dung đăng tải. Cổng được tổ chức hệ thống cộng tác "
        "viên.",
    ),
    (
        "para",
        "Điều 10, 11. Bảo đảm hạ tầng kỹ thuật và đào tạo nguồn nhân lực theo quy định của Chính phủ về "
        "cung cấp thông tin và dịch vụ công trực tuyến.",
    ),
    (
        "para",
        "Điều 12, 13. Kinh phí duy trì hoạt động, tạo lập thông tin, chi trả nhuận bút, thù lao được cấp "
        "từ ngân sách phường và các nguồn thu hợp pháp khác; Văn phòng HĐND và UBND phường xây dựng kế "
        "hoạch kinh phí hằng năm.",
    ),
    ("heading", "Chương IV. TỔ CHỨC THỰC HIỆN"),
    (
        "para",
        "Điều 14. Văn phòng HĐND và UBND phường chịu trách nhiệm trước Ủy ban nhân dân phường về hoạt động "
        "của Cổng; quản trị hạ tầng kỹ thuật, bảo đảm an ninh, an toàn; hướng dẫn các cơ quan cung cấp, "
        "lưu trữ thông tin; lập dự toán kinh phí.",
    ),
    (
        "para",
        "Điều 15. Tổ chức, cá nhân được khai thác thông tin trên Hệ thống Cổng; khi sử dụng phải ghi rõ "
        "nguồn “Cổng Thông tin điện tử phường Dương Kinh” hoặc “duongkinh.haiphong.gov.vn”; được hưởng "
        "nhuận bút khi tin, bài được đăng tải; phản ánh với Ban Biên tập về chất lượng hoạt động của "
        "Cổng./.",
    ),
]


def regulation_blocks():
    blocks = c.document_header("Số: 218/2025/QĐ-UBND", "Dương Kinh, ngày 06 tháng 8 năm 2025")
    blocks += [
        ("title", "QUYẾT ĐỊNH"),
        (
            "subtitle",
            "Ban hành Quy chế quản lý, vận hành và khai thác Hệ thống Cổng Thông tin điện tử phường Dương "
            "Kinh",
        ),
        ("subtitle", "ỦY BAN NHÂN DÂN PHƯỜNG"),
    ]
    blocks += [("para", ground) for ground in GROUNDS]
    blocks += [
        ("subtitle", "QUYẾT ĐỊNH:"),
        (
            "para",
            "Điều 1. Ban hành kèm theo Quyết định này “Quy chế quản lý, vận hành và khai thác Hệ thống "
            "Cổng Thông tin điện tử phường Dương Kinh”.",
        ),
        ("para", "Điều 2. Quyết định này có hiệu lực kể từ ngày 16 tháng 8 năm 2025."),
        (
            "para",
            "Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường, Trưởng các phòng, ban "
            "chuyên môn, đơn vị sự nghiệp thuộc Ủy ban nhân dân phường Dương Kinh và các tổ chức, cá nhân "
            "liên quan chịu trách nhiệm thi hành Quyết định này./.",
        ),
        ("space", 10),
        ("right", "TM. ỦY BAN NHÂN DÂN"),
        ("right", "CHỦ TỊCH"),
        ("right", "(đã ký)"),
        ("space", 30),
        ("title", "QUY CHẾ"),
        ("subtitle", "Quản lý, vận hành và khai thác Hệ thống Cổng Thông tin điện tử phường Dương Kinh"),
        (
            "center",
            "(Kèm theo Quyết định số 218/2025/QĐ-UBND ngày 06/8/2025 của Ủy ban nhân dân phường Dương Kinh)",
        ),
        ("space", 8),
    ]
    return (
        blocks
        + ARTICLES
        + [
            ("space", 12),
            (
                "small",
                "Bản trình bày lại để minh họa; văn bản có giá trị pháp lý là bản gốc có chữ ký, đóng dấu.",
            ),
        ]
    )


def regulation_pdf(s):
    return s.pdf(TITLE, regulation_blocks(), filename="qd-218-2025-qd-ubnd-quy-che-cong-ttdt")
