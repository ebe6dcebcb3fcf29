"""Thống kê: local statistics with their data, method and reference date."""

import datetime

from sections.models import StatisticsIndexPage, StatisticsPage

from ..seeder import slugify_vi
from . import common as c

LABEL = "Thống kê"


def _reports(s):
    year = s.today.year
    return [
        (
            "Dân số và lao động trên địa bàn phường",
            datetime.date(year - 1, 12, 31),
            "Tổng hợp từ Cơ sở dữ liệu quốc gia về dân cư và báo cáo của các tổ dân phố; số liệu làm tròn.",
            30,
            "Quy mô dân số, số hộ, cơ cấu theo giới tính và độ tuổi lao động của phường.",
            [
                c.table(
                    f"Dân số và lao động tại ngày 31/12/{year - 1} (số liệu minh họa)",
                    [
                        ["Chỉ tiêu", "Đơn vị", "Số lượng"],
                        ["Tổng số hộ", "hộ", "21.450"],
                        ["Tổng số nhân khẩu", "người", "72.800"],
                        ["Trong đó: nữ", "người", "36.950"],
                        ["Người trong độ tuổi lao động", "người", "46.300"],
                        ["Người từ 60 tuổi trở lên", "người", "10.900"],
                    ],
                ),
                "Dân số tăng chủ yếu do di cư cơ học tới các khu đô thị mới; tỷ lệ người cao tuổi có xu "
                "hướng tăng.",
            ],
        ),
        (
            "Kết quả giải quyết thủ tục hành chính theo lĩnh vực",
            s.days_ago(s.today.day),
            "Thống kê từ Hệ thống thông tin giải quyết thủ tục hành chính của thành phố; tính theo hồ sơ "
            "đã có kết quả.",
            s.today.day - 1,
            "Số hồ sơ tiếp nhận, đã giải quyết, tỷ lệ đúng hạn và tỷ lệ nộp trực tuyến theo từng lĩnh vực.",
            [
                c.table(
                    "Kết quả giải quyết thủ tục hành chính từ đầu năm (số liệu minh họa)",
                    [
                        ["Lĩnh vực", "Tiếp nhận", "Đã giải quyết", "Đúng hạn (%)", "Trực tuyến (%)"],
                        ["Hộ tịch", "3.420", "3.398", "99,8", "86"],
                        ["Chứng thực", "5.870", "5.870", "100", "12"],
                        ["Đất đai", "1.210", "1.132", "98,1", "64"],
                        ["Bảo trợ xã hội", "640", "628", "99,5", "71"],
                        ["Người có công", "95", "92", "100", "58"],
                    ],
                ),
                "Chứng thực chủ yếu thực hiện trực tiếp do yêu cầu đối chiếu bản chính; các lĩnh vực khác "
                "có tỷ lệ "
                "nộp trực tuyến cao.",
            ],
        ),
        (
            "Hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều",
            datetime.date(year - 1, 12, 31),
            "Kết quả rà soát hộ nghèo, hộ cận nghèo hằng năm theo chuẩn nghèo đa chiều giai đoạn hiện hành.",
            45,
            "Số hộ nghèo, hộ cận nghèo và tỷ lệ so với tổng số hộ sau rà soát cuối năm.",
            [
                c.table(
                    f"Kết quả rà soát tại ngày 31/12/{year - 1} (số liệu minh họa)",
                    [
                        ["Chỉ tiêu", "Số hộ", "Tỷ lệ (%)"],
                        ["Hộ nghèo", "58", "0,27"],
                        ["Hộ cận nghèo", "143", "0,67"],
                        ["Hộ thoát nghèo trong năm", "21", "—"],
                    ],
                ),
            ],
        ),
        (
            "Trường lớp, học sinh các cấp học trên địa bàn",
            datetime.date(year, 9, 30)
            if s.today >= datetime.date(year, 9, 30)
            else datetime.date(year - 1, 9, 30),
            "Báo cáo thống kê đầu năm học của các trường mầm non, tiểu học, trung học cơ sở công lập và "
            "ngoài công lập.",
            55,
            "Số trường, lớp, học sinh và giáo viên đầu năm học.",
            [
                c.table(
                    "Trường lớp, học sinh đầu năm học (số liệu minh họa)",
                    [
                        ["Cấp học", "Số trường", "Số lớp", "Số học sinh", "Số giáo viên"],
                        ["Mầm non", "8", "96", "2.850", "210"],
                        ["Tiểu học", "5", "142", "5.120", "198"],
                        ["Trung học cơ sở", "4", "88", "3.640", "172"],
                    ],
                ),
            ],
        ),
    ]


def build(s, home):
    index = s.page(
        home,
        StatisticsIndexPage,
        "thong-ke",
        "Thống kê",
        {
            "intro": c.html(
                "Số liệu thống kê của phường: dữ liệu, phương pháp thu thập, thời điểm thống kê và phân "
                "tích ngắn. "
                "Số liệu trong dữ liệu mẫu là minh họa.",
            ),
        },
    )
    for title, reference_date, method, days, summary, paragraphs in _reports(s):
        s.page(
            index,
            StatisticsPage,
            slugify_vi(title),
            title,
            {
                "reference_date": reference_date,
                "method": method,
                "date": s.days_ago(days),
                "summary": summary,
                "body": c.body(*paragraphs),
                "author": "Văn phòng HĐND và UBND phường",
            },
        )
    return index
