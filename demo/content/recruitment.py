"""Tuyển dụng: recruitment notices, one still open and one closed with its result."""

from sections.models import RecruitmentIndexPage, RecruitmentPage

from ..seeder import slugify_vi
from . import common as c

LABEL = "Tuyển dụng"

NOTICES = [
    {
        "title": "Thông báo tuyển dụng viên chức Trạm Y tế và các trường mầm non trên địa bàn phường",
        "positions": 6,
        "days": 10,
        "deadline_in": 20,
        "summary": "Tuyển 06 chỉ tiêu viên chức: 02 điều dưỡng, 01 dược sĩ, 03 giáo viên mầm non. Nhận hồ "
        "sơ đến hết ngày {deadline}.",
        "body": [
            c.heading("Vị trí và số lượng"),
            c.table(
                "Chỉ tiêu tuyển dụng",
                [
                    ["Vị trí việc làm", "Đơn vị", "Số lượng", "Trình độ"],
                    ["Điều dưỡng", "Trạm Y tế phường", "2", "Cao đẳng trở lên chuyên ngành điều dưỡng"],
                    ["Dược sĩ", "Trạm Y tế phường", "1", "Cao đẳng trở lên chuyên ngành dược"],
                    [
                        "Giáo viên mầm non",
                        "Các trường mầm non công lập",
                        "3",
                        "Cao đẳng sư phạm mầm non trở lên",
                    ],
                ],
            ),
            c.heading("Hồ sơ và thời hạn"),
            "Người dự tuyển nộp Phiếu đăng ký dự tuyển theo mẫu trực tiếp tại Văn phòng HĐND và UBND "
            "phường hoặc "
            "qua bưu chính, hạn cuối ngày {deadline} (theo dấu bưu điện).",
            "Hình thức tuyển dụng: xét tuyển. Danh sách thí sinh đủ điều kiện và lịch phỏng vấn được thông "
            "báo "
            "trên Cổng Thông tin điện tử phường.",
        ],
    },
    {
        "title": "Thông báo kết quả tuyển dụng công chức làm việc tại Ủy ban nhân dân phường",
        "positions": 3,
        "days": 85,
        "deadline_in": -40,
        "summary": "Kết quả tuyển dụng 03 chỉ tiêu công chức: tư pháp - hộ tịch, địa chính - xây dựng, văn "
        "hóa - xã hội.",
        "body": [
            "Căn cứ kết quả tuyển dụng, Hội đồng tuyển dụng thông báo danh sách thí sinh trúng tuyển vào "
            "các vị trí "
            "công chức tư pháp - hộ tịch, địa chính - xây dựng và văn hóa - xã hội.",
            c.table(
                "Danh sách trúng tuyển (họ tên viết tắt)",
                [
                    ["STT", "Thí sinh", "Vị trí", "Tổng điểm"],
                    ["1", "N.T.L.", "Tư pháp - hộ tịch", "82,5"],
                    ["2", "P.V.D.", "Địa chính - xây dựng", "79,0"],
                    ["3", "T.T.H.", "Văn hóa - xã hội", "80,5"],
                ],
            ),
            "Thí sinh trúng tuyển hoàn thiện hồ sơ trong thời hạn 30 ngày kể từ ngày nhận được thông báo.",
        ],
    },
]


def build(s, home):
    index = s.page(
        home,
        RecruitmentIndexPage,
        "tuyen-dung",
        "Tuyển dụng",
        {
            "intro": c.html(
                "Thông báo tuyển dụng cán bộ, công chức, viên chức và kết quả tuyển dụng của phường."
            ),
        },
    )
    for notice in NOTICES:
        deadline = s.days_ago(-notice["deadline_in"])
        s.page(
            index,
            RecruitmentPage,
            slugify_vi(notice["title"]),
            notice["title"],
            {
                "positions": notice["positions"],
                "deadline": deadline,
                "date": s.days_ago(notice["days"]),
                "summary": _with_deadline(notice["summary"], deadline),
                "body": c.body(*[_with_deadline(part, deadline) for part in notice["body"]]),
                "author": "Văn phòng HĐND và UBND phường",
            },
        )
    return index


def _with_deadline(value, deadline):
    if isinstance(value, str):
        return value.replace("{deadline}", c.fmt_date(deadline))
    return value
