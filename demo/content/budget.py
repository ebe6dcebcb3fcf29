"""Công khai ngân sách: budget estimates, execution, final accounts, funds and social support for
2024, 2025 and 2026, each with a spreadsheet (and the estimate decision as a PDF)."""

import datetime

from sections.models import BudgetIndexPage, BudgetReportPage

from ..seeder import slugify_vi
from . import common as c

LABEL = "Công khai ngân sách"
Kind = BudgetReportPage.Kind
UNIT = "triệu đồng"

REVENUE = [
    ("Thu thuế từ khu vực ngoài quốc doanh", 38_500),
    ("Lệ phí trước bạ", 21_000),
    ("Thuế sử dụng đất phi nông nghiệp", 3_200),
    ("Thu tiền sử dụng đất", 95_000),
    ("Thu phí, lệ phí", 2_400),
    ("Thu khác ngân sách", 4_900),
]
SPENDING = [
    ("Chi đầu tư phát triển", 62_000),
    ("Chi sự nghiệp giáo dục, đào tạo", 28_500),
    ("Chi sự nghiệp y tế, dân số", 3_100),
    ("Chi sự nghiệp văn hóa, thông tin, thể thao", 2_600),
    ("Chi bảo đảm xã hội", 9_800),
    ("Chi quản lý nhà nước, Đảng, đoàn thể", 24_700),
    ("Chi quốc phòng, an ninh", 4_300),
    ("Dự phòng ngân sách", 3_500),
]
SOCIAL_SUPPORT = [
    ("Trợ cấp xã hội hàng tháng (người cao tuổi, người khuyết tật, trẻ em mồ côi)", 612, 7_344),
    ("Hỗ trợ chi phí mai táng đối tượng bảo trợ xã hội", 38, 684),
    ("Hỗ trợ hộ nghèo, hộ cận nghèo dịp lễ, Tết", 126, 252),
    ("Hỗ trợ người có công với cách mạng (quà, điều dưỡng)", 410, 820),
]
FUND = [
    ("Số dư đầu kỳ", 146),
    ("Tiền ủng hộ của cơ quan, doanh nghiệp", 520),
    ("Tiền ủng hộ của cán bộ, nhân dân", 238),
    ("Chi hỗ trợ xây, sửa nhà cho hộ nghèo", -360),
    ("Chi hỗ trợ khám chữa bệnh, học tập", -185),
    ("Chi thăm hỏi, tặng quà", -214),
]


def _scaled(rows, factor):
    return [(label, round(value * factor)) for label, value in rows]


def budget_sheets(year, title, factor, actual_ratio=None):
    """Revenue and spending sheets; with `actual_ratio`, a column of amounts carried out so far."""
    sheets = []
    for name, rows in (("Thu ngân sách", REVENUE), ("Chi ngân sách", SPENDING)):
        rows = _scaled(rows, factor)
        if actual_ratio is None:
            columns = [("Nội dung", 52), (f"Dự toán năm {year} ({UNIT})", 24)]
            data = [[label, value] for label, value in rows]
        else:
            columns = [
                ("Nội dung", 52),
                (f"Dự toán ({UNIT})", 18),
                (f"Thực hiện ({UNIT})", 18),
                ("Tỷ lệ (%)", 12),
            ]
            data = []
            for index, (label, value) in enumerate(rows):
                done = round(value * (actual_ratio + 0.04 * ((index % 3) - 1)))
                data.append([label, value, done, round(100 * done / value, 1)])
        sheets.append(
            {
                "name": name,
                "heading": ["ỦY BAN NHÂN DÂN PHƯỜNG DƯƠNG KINH", title.upper()],
                "columns": columns,
                "rows": data,
                "total": "Tổng cộng",
                "note": "Số liệu minh họa của dữ liệu mẫu, không phải số liệu ngân sách chính thức.",
            }
        )
    return sheets


def budget_table(year, factor):
    revenue = sum(value for _, value in _scaled(REVENUE, factor))
    spending = sum(value for _, value in _scaled(SPENDING, factor))
    return c.table(
        f"Tổng hợp dự toán năm {year} ({UNIT}, số liệu minh họa)",
        [
            ["Nội dung", "Số tiền"],
            ["Tổng thu ngân sách trên địa bàn", f"{revenue:,}".replace(",", ".")],
            ["Tổng chi ngân sách phường", f"{spending:,}".replace(",", ".")],
        ],
    )


def estimate_decision_pdf(s, year):
    title = f"Quyết định công bố công khai dự toán ngân sách phường Dương Kinh năm {year}"
    blocks = c.document_header("Số: 15/QĐ-UBND", f"Dương Kinh, ngày 08 tháng 01 năm {year}") + [
        ("title", "QUYẾT ĐỊNH"),
        ("subtitle", f"Về việc công bố công khai dự toán ngân sách năm {year}"),
        ("subtitle", "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG DƯƠNG KINH"),
        ("para", "Căn cứ Luật Ngân sách nhà nước và các văn bản hướng dẫn thi hành;"),
        ("para", f"Căn cứ Nghị quyết của Hội đồng nhân dân phường về dự toán ngân sách năm {year};"),
        ("para", "Theo đề nghị của Trưởng phòng Kinh tế, Hạ tầng và Đô thị,"),
        ("subtitle", "QUYẾT ĐỊNH:"),
        (
            "para",
            f"Điều 1. Công bố công khai số liệu dự toán ngân sách năm {year} của phường Dương Kinh (theo "
            "các biểu đính kèm).",
        ),
        (
            "para",
            "Điều 2. Hình thức công khai: niêm yết tại trụ sở Ủy ban nhân dân phường và đăng tải trên Cổng "
            "Thông tin điện tử phường.",
        ),
        (
            "para",
            "Điều 3. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng phòng Kinh tế, Hạ tầng "
            "và Đô thị và các đơn vị liên quan chịu trách nhiệm thi hành./.",
        ),
        ("right", "CHỦ TỊCH"),
        ("right", "(đã ký)"),
        ("space", 20),
        ("small", "Văn bản minh họa của dữ liệu mẫu."),
    ]
    return s.pdf(title, blocks)


def reports(s):
    """(year, kind, title, date, summary, body, attachments) for every budget report; attachments lazy."""
    return [
        (
            2024,
            Kind.FINAL_ACCOUNTS,
            "Công khai quyết toán ngân sách năm 2024",
            datetime.date(2025, 9, 15),
            "Số liệu quyết toán thu, chi ngân sách năm 2024, tổng hợp từ các phường trước khi sắp xếp đơn "
            "vị hành chính.",
            [
                "Do phường Dương Kinh được thành lập từ ngày 01/7/2025, số liệu quyết toán năm 2024 được "
                "tổng hợp "
                "từ quyết toán của các phường thuộc quận Dương Kinh (cũ) đã được Hội đồng nhân dân phê "
                "chuẩn.",
                "Chi tiết thu, chi theo từng nội dung trong biểu đính kèm.",
            ],
            lambda: [
                s.xlsx(
                    "Quyết toán ngân sách năm 2024",
                    budget_sheets(2024, "Quyết toán ngân sách năm 2024", 0.94, 1.02),
                )
            ],
        ),
        (
            2024,
            Kind.SOCIAL_SUPPORT,
            "Công khai kinh phí hỗ trợ an sinh xã hội năm 2024",
            datetime.date(2025, 9, 20),
            "Số đối tượng và kinh phí trợ cấp, hỗ trợ an sinh xã hội đã chi trả năm 2024.",
            [
                "Danh sách đối tượng được niêm yết tại nhà văn hóa các tổ dân phố; biểu tổng hợp kinh phí "
                "đính kèm."
            ],
            lambda: [s.xlsx("Kinh phí hỗ trợ an sinh xã hội năm 2024", social_sheets(2024, 0.95))],
        ),
        (
            2025,
            Kind.ESTIMATE,
            "Công khai dự toán ngân sách 6 tháng cuối năm 2025 của phường Dương Kinh",
            datetime.date(2025, 8, 1),
            "Dự toán thu, chi ngân sách từ khi phường Dương Kinh đi vào hoạt động (01/7/2025) đến hết năm "
            "2025.",
            [
                "Dự toán được Hội đồng nhân dân phường quyết định tại kỳ họp đầu tiên sau khi thành lập "
                "phường."
            ],
            lambda: [
                s.xlsx(
                    "Dự toán ngân sách 6 tháng cuối năm 2025",
                    budget_sheets(2025, "Dự toán ngân sách 6 tháng cuối năm 2025", 0.5),
                )
            ],
        ),
        (
            2025,
            Kind.EXECUTION,
            "Công khai tình hình thực hiện dự toán ngân sách năm 2025",
            datetime.date(2026, 1, 20),
            "Kết quả thực hiện thu, chi ngân sách 6 tháng cuối năm 2025 so với dự toán.",
            [
                "Thu ngân sách vượt dự toán; chi ngân sách bảo đảm đúng dự toán, ưu tiên chi an sinh xã "
                "hội và đầu tư hạ tầng."
            ],
            lambda: [
                s.xlsx(
                    "Thực hiện dự toán ngân sách năm 2025",
                    budget_sheets(2025, "Thực hiện dự toán ngân sách năm 2025", 0.5, 1.03),
                )
            ],
        ),
        (
            2025,
            Kind.SOCIAL_SUPPORT,
            "Công khai kinh phí hỗ trợ an sinh xã hội năm 2025",
            datetime.date(2026, 1, 25),
            "Số đối tượng và kinh phí trợ cấp, hỗ trợ an sinh xã hội đã chi trả năm 2025.",
            ["Biểu tổng hợp kinh phí hỗ trợ an sinh xã hội đính kèm."],
            lambda: [s.xlsx("Kinh phí hỗ trợ an sinh xã hội năm 2025", social_sheets(2025, 1.0))],
        ),
        (
            2026,
            Kind.ESTIMATE,
            "Công khai dự toán ngân sách năm 2026",
            datetime.date(2026, 1, 8),
            "Dự toán thu ngân sách trên địa bàn và chi ngân sách phường năm 2026 đã được Hội đồng nhân dân "
            "phường quyết định.",
            [budget_table(2026, 1.0), "Quyết định công bố công khai và các biểu chi tiết được đính kèm."],
            lambda: [
                estimate_decision_pdf(s, 2026),
                s.xlsx("Dự toán ngân sách năm 2026", budget_sheets(2026, "Dự toán ngân sách năm 2026", 1.0)),
            ],
        ),
        (
            2026,
            Kind.EXECUTION,
            "Công khai tình hình thực hiện dự toán ngân sách 9 tháng năm 2026",
            datetime.date(2026, 10, 12),
            "Kết quả thực hiện thu, chi ngân sách 9 tháng đầu năm 2026.",
            [
                "Thu ngân sách đạt khá so với dự toán; một số khoản chi đầu tư phát triển đang đẩy nhanh "
                "tiến độ giải ngân."
            ],
            lambda: [
                s.xlsx(
                    "Thực hiện dự toán ngân sách 9 tháng năm 2026",
                    budget_sheets(2026, "Thực hiện dự toán ngân sách 9 tháng năm 2026", 1.0, 0.78),
                )
            ],
        ),
        (
            2026,
            Kind.FUNDS,
            "Công khai thu, chi Quỹ Vì người nghèo năm 2026",
            datetime.date(2026, 10, 5),
            "Các khoản ủng hộ và chi hỗ trợ từ Quỹ Vì người nghèo của phường.",
            [
                "Quỹ do Ủy ban Mặt trận Tổ quốc Việt Nam phường quản lý; mọi khoản thu, chi được công khai "
                "theo quy định."
            ],
            lambda: [s.xlsx("Thu, chi Quỹ Vì người nghèo năm 2026", fund_sheets(2026))],
        ),
    ]


def social_sheets(year, factor):
    return [
        {
            "name": "An sinh xã hội",
            "heading": ["ỦY BAN NHÂN DÂN PHƯỜNG DƯƠNG KINH", f"KINH PHÍ HỖ TRỢ AN SINH XÃ HỘI NĂM {year}"],
            "columns": [("Nội dung", 60), ("Số đối tượng (lượt)", 18), (f"Kinh phí ({UNIT})", 18)],
            "rows": [
                [label, round(people * factor), round(money * factor)]
                for label, people, money in SOCIAL_SUPPORT
            ],
            "total": "Tổng cộng",
            "note": "Số liệu minh họa của dữ liệu mẫu.",
        }
    ]


def fund_sheets(year):
    return [
        {
            "name": "Quỹ Vì người nghèo",
            "heading": ["ỦY BAN MTTQ VIỆT NAM PHƯỜNG DƯƠNG KINH", f"THU, CHI QUỸ VÌ NGƯỜI NGHÈO NĂM {year}"],
            "columns": [("Nội dung", 52), (f"Số tiền ({UNIT}; chi ghi số âm)", 26)],
            "rows": [[label, value] for label, value in FUND],
            "total": "Số dư cuối kỳ",
            "note": "Số liệu minh họa của dữ liệu mẫu.",
        }
    ]


def build(s, home):
    index = s.page(
        home,
        BudgetIndexPage,
        "cong-khai-ngan-sach",
        "Công khai ngân sách",
        {
            "intro": c.html(
                "Công khai dự toán, tình hình thực hiện, quyết toán ngân sách của phường; các quỹ, khoản "
                "đóng góp; "
                "kinh phí hỗ trợ an sinh xã hội, theo Luật Ngân sách nhà nước và Luật Tiếp cận thông tin. "
                "Biểu số "
                "liệu được đính kèm dưới dạng bảng tính.",
            ),
        },
    )
    for year, kind, title, date, summary, paragraphs, files in reports(s):
        s.page(
            index,
            BudgetReportPage,
            slugify_vi(title),
            title,
            _fields(s, year, kind, date, summary, paragraphs, files),
        )
    return index


def _fields(s, year, kind, date, summary, paragraphs, files):
    def fields():
        return {
            "fiscal_year": year,
            "kind": kind,
            "date": s.not_after_today(date),
            "summary": summary,
            "body": c.body(*paragraphs),
            "attachments": c.attachments(*files()),
            "author": "Phòng Kinh tế, Hạ tầng và Đô thị",
        }

    return fields
