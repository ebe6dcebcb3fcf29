"""Thông tin chỉ đạo, điều hành: directives, commendations, sanctions, responses to petitions, the
leaders' work schedule for the current week and the citizen reception schedule."""

import datetime

from sections.models import DirectionIndexPage, DirectionPage, ScheduleEntry, SchedulePage

from ..seeder import slugify_vi
from . import common as c

LABEL = "Chỉ đạo, điều hành"
Kind = DirectionPage.Kind

DIRECTIONS = [
    (
        Kind.DIRECTION,
        "Chỉ thị về tăng cường công tác phòng cháy, chữa cháy trong khu dân cư",
        6,
        "Chủ tịch Ủy ban nhân dân phường yêu cầu rà soát, khắc phục nguy cơ cháy nổ tại nhà ở kết hợp sản "
        "xuất, kinh doanh.",
        [
            "Trước tình hình cháy nổ tại nhà ở kết hợp sản xuất, kinh doanh có chiều hướng phức tạp, Chủ "
            "tịch Ủy ban nhân dân phường yêu cầu các phòng chuyên môn, Công an phường và các tổ dân phố tổ "
            "chức rà soát toàn bộ cơ sở có nguy cơ cháy, nổ cao trên địa bàn.",
            c.ol(
                "Công an phường chủ trì kiểm tra, hướng dẫn các hộ gia đình trang bị phương tiện chữa cháy, "
                "mở lối thoát nạn thứ hai.",
                "Các tổ dân phố duy trì tổ liên gia an toàn phòng cháy, chữa cháy; tuyên truyền tới từng hộ.",
                "Phòng Kinh tế, Hạ tầng và Đô thị kiểm tra việc đấu nối điện, sử dụng điện an toàn tại các "
                "cơ "
                "sở kinh doanh.",
            ),
            "Thủ trưởng các đơn vị chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân phường nếu để xảy ra "
            "cháy, nổ do buông lỏng quản lý.",
        ],
    ),
    (
        Kind.DIRECTION,
        "Công văn đôn đốc làm sạch dữ liệu đất đai, hộ tịch phục vụ chuyển đổi số",
        19,
        "Ủy ban nhân dân phường giao các bộ phận hoàn thành rà soát, đồng bộ dữ liệu trong quý.",
        [
            "Thực hiện chỉ đạo của Ủy ban nhân dân thành phố về xây dựng cơ sở dữ liệu dùng chung, Ủy ban "
            "nhân "
            "dân phường giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì rà soát dữ liệu đất đai; Văn phòng "
            "HĐND "
            "và UBND phường chủ trì số hóa sổ hộ tịch lưu trữ.",
            "Các đơn vị báo cáo tiến độ hằng tuần vào chiều thứ Sáu; dữ liệu sau khi làm sạch được đồng bộ "
            "với "
            "cơ sở dữ liệu quốc gia theo hướng dẫn của các sở, ngành thành phố.",
        ],
    ),
    (
        Kind.COMMENDATION,
        "Quyết định khen thưởng tập thể, cá nhân có thành tích trong phong trào xây dựng đời sống văn hóa",
        33,
        "Chủ tịch Ủy ban nhân dân phường tặng Giấy khen cho 6 tập thể và 15 cá nhân.",
        [
            "Chủ tịch Ủy ban nhân dân phường quyết định tặng Giấy khen cho 6 tập thể và 15 cá nhân có thành "
            "tích xuất sắc trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”.",
            c.table(
                "Tập thể được khen thưởng",
                [
                    ["STT", "Tập thể", "Thành tích"],
                    ["1", "Tổ dân phố số 5", "Tổ dân phố văn hóa tiêu biểu"],
                    ["2", "Tổ dân phố số 9", "Mô hình tổ dân phố an toàn về an ninh, trật tự"],
                    ["3", "Chi hội Phụ nữ tổ dân phố số 7", "Tuyến ngõ xanh - sạch - đẹp"],
                ],
            ),
            "Danh sách cá nhân được khen thưởng được niêm yết tại trụ sở Ủy ban nhân dân phường.",
        ],
    ),
    (
        Kind.COMMENDATION,
        "Khen thưởng đột xuất cá nhân dũng cảm cứu người bị đuối nước",
        57,
        "Anh N.V.T., tổ dân phố số 12, được tặng Giấy khen vì hành động dũng cảm cứu người.",
        [
            "Chủ tịch Ủy ban nhân dân phường tặng Giấy khen đột xuất cho anh N.V.T., tổ dân phố số 12, đã "
            "dũng cảm lao xuống sông cứu một học sinh bị đuối nước.",
            "Hành động đẹp của anh là tấm gương sáng về tinh thần tương thân tương ái, được cộng đồng ghi "
            "nhận.",
        ],
    ),
    (
        Kind.SANCTION,
        "Xử phạt vi phạm hành chính trong lĩnh vực trật tự xây dựng",
        24,
        "Ủy ban nhân dân phường xử phạt 3 trường hợp xây dựng không phép, buộc khắc phục hậu quả.",
        [
            "Qua kiểm tra trật tự xây dựng, Chủ tịch Ủy ban nhân dân phường đã ban hành quyết định xử phạt "
            "vi "
            "phạm hành chính đối với 3 trường hợp xây dựng nhà ở không có giấy phép xây dựng theo quy định.",
            "Ngoài phạt tiền, các trường hợp vi phạm bị buộc tháo dỡ phần công trình vi phạm. Ủy ban nhân "
            "dân "
            "phường đề nghị người dân đề nghị cấp giấy phép xây dựng trước khi khởi công; thủ tục được hướng "
            "dẫn tại mục Thủ tục hành chính.",
        ],
    ),
    (
        Kind.SANCTION,
        "Xử lý vi phạm lấn chiếm vỉa hè, lòng đường trên tuyến Phạm Văn Đồng",
        66,
        "Tổ kiểm tra trật tự đô thị nhắc nhở 40 trường hợp, lập biên bản 12 trường hợp vi phạm.",
        [
            "Trong đợt cao điểm lập lại trật tự đô thị, tổ kiểm tra của phường đã nhắc nhở 40 trường hợp, "
            "lập "
            "biên bản 12 trường hợp lấn chiếm vỉa hè, lòng đường để kinh doanh, trông giữ xe trên tuyến "
            "đường "
            "Phạm Văn Đồng.",
            "Ủy ban nhân dân phường sẽ tiếp tục kiểm tra thường xuyên, xử lý nghiêm các trường hợp tái phạm.",
        ],
    ),
    (
        Kind.PETITION_RESPONSE,
        "Trả lời kiến nghị của cử tri về tình trạng ngập úng trên đường Mạc Đăng Doanh",
        14,
        "Phường đã nạo vét hệ thống thoát nước và đề xuất thành phố đầu tư cải tạo tuyến cống chính.",
        [
            "Cử tri tổ dân phố số 3 kiến nghị: mỗi khi mưa lớn, đoạn đường Mạc Đăng Doanh qua khu dân cư bị "
            "ngập sâu, ảnh hưởng tới việc đi lại và sinh hoạt của người dân.",
            "Trả lời: Ủy ban nhân dân phường đã chỉ đạo nạo vét toàn bộ hệ thống rãnh thoát nước dọc tuyến, "
            "lắp bổ sung hố ga thu nước. Về lâu dài, phường đã đề xuất thành phố đưa dự án cải tạo tuyến "
            "cống "
            "chính vào kế hoạch đầu tư công trung hạn.",
        ],
    ),
    (
        Kind.PETITION_RESPONSE,
        "Trả lời kiến nghị về lắp đặt chiếu sáng công cộng tại các ngõ, xóm",
        40,
        "Phường lắp đặt bổ sung 120 bóng đèn chiếu sáng tại các ngõ chưa có đèn.",
        [
            "Cử tri nhiều tổ dân phố kiến nghị lắp đặt chiếu sáng tại các ngõ, xóm nhỏ để bảo đảm an ninh, "
            "an "
            "toàn giao thông vào ban đêm.",
            "Trả lời: Ủy ban nhân dân phường đã bố trí kinh phí lắp đặt bổ sung 120 bóng đèn LED tại các ngõ "
            "chưa có chiếu sáng; việc lắp đặt hoàn thành trong quý.",
        ],
    ),
]

WORK_ENTRIES = [
    # (weekday, hour, minute, leader, content, venue, participants)
    (
        0,
        7,
        30,
        c.CHAIRMAN,
        "Chào cờ đầu tuần; giao ban lãnh đạo Ủy ban nhân dân phường",
        "Phòng họp tầng 2",
        "Các Phó Chủ tịch, Chánh Văn phòng",
    ),
    (
        0,
        14,
        0,
        c.VICE_ECONOMY,
        "Kiểm tra tiến độ công trình cải tạo tuyến đường trục khu dân cư số 3",
        "Hiện trường",
        "Phòng Kinh tế, Hạ tầng và Đô thị; đơn vị thi công",
    ),
    (
        0,
        14,
        0,
        c.VICE_SOCIAL,
        "Làm việc với Trạm Y tế phường về công tác tiêm chủng",
        "Trạm Y tế phường",
        "Phòng Văn hóa - Xã hội",
    ),
    (
        1,
        8,
        0,
        c.CHAIRMAN,
        "Dự hội nghị trực tuyến của Ủy ban nhân dân thành phố",
        "Điểm cầu phường",
        "Văn phòng HĐND và UBND phường",
    ),
    (
        1,
        14,
        0,
        c.VICE_ECONOMY,
        "Họp Hội đồng bồi thường, hỗ trợ, tái định cư",
        "Phòng họp tầng 2",
        "Các thành viên Hội đồng",
    ),
    (
        2,
        8,
        0,
        c.VICE_SOCIAL,
        "Kiểm tra công tác dạy và học tại các trường trên địa bàn",
        "Các trường học",
        "Phòng Văn hóa - Xã hội",
    ),
    (
        2,
        14,
        0,
        c.CHAIRMAN,
        "Làm việc với Trung tâm Phục vụ hành chính công về cải cách hành chính",
        "Trung tâm Phục vụ hành chính công",
        "Văn phòng HĐND và UBND phường",
    ),
    (
        3,
        8,
        0,
        c.CHAIRMAN,
        "Tiếp công dân định kỳ",
        "Phòng tiếp công dân",
        "Thanh tra viên, Phòng Kinh tế, Hạ tầng và Đô thị",
    ),
    (
        3,
        14,
        0,
        c.VICE_ECONOMY,
        "Kiểm tra trật tự xây dựng, vệ sinh môi trường",
        "Các tổ dân phố",
        "Tổ kiểm tra trật tự đô thị",
    ),
    (
        4,
        8,
        0,
        c.VICE_SOCIAL,
        "Dự sinh hoạt chuyên đề của Hội Người cao tuổi phường",
        "Hội trường Ủy ban nhân dân phường",
        "Phòng Văn hóa - Xã hội",
    ),
    (
        4,
        9,
        30,
        c.CHAIRMAN,
        "Họp Ủy ban nhân dân phường thường kỳ",
        "Phòng họp tầng 2",
        "Thành viên Ủy ban nhân dân phường",
    ),
    (
        4,
        14,
        0,
        c.VICE_ECONOMY,
        "Nghe báo cáo tiến độ thu ngân sách",
        "Phòng làm việc",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
    ),
]

RECEPTION_ENTRIES = [
    (
        0,
        8,
        0,
        c.VICE_ECONOMY,
        "Tiếp công dân: đất đai, xây dựng, môi trường",
        "Phòng tiếp công dân",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
    ),
    (
        1,
        8,
        0,
        c.VICE_SOCIAL,
        "Tiếp công dân: chính sách xã hội, giáo dục, y tế",
        "Phòng tiếp công dân",
        "Phòng Văn hóa - Xã hội",
    ),
    (
        3,
        8,
        0,
        c.CHAIRMAN,
        "Tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân phường",
        "Phòng tiếp công dân",
        "Các phòng chuyên môn liên quan",
    ),
    (
        4,
        14,
        0,
        c.OFFICE_CHIEF,
        "Tiếp công dân thường xuyên, tiếp nhận đơn thư",
        "Phòng tiếp công dân",
        "Cán bộ tiếp công dân",
    ),
]


def build(s, home):
    index = s.page(
        home,
        DirectionIndexPage,
        "chi-dao-dieu-hanh",
        "Chỉ đạo, điều hành",
        {
            "show_in_menus": True,
            "intro": c.html(
                "Văn bản chỉ đạo, điều hành của Ủy ban nhân dân phường, trả lời kiến nghị của cử tri, "
                "thông tin khen "
                "thưởng, xử lý vi phạm; lịch công tác tuần của lãnh đạo và lịch tiếp công dân.",
            ),
        },
    )
    _schedule(
        s,
        index,
        SchedulePage.Kind.WORK,
        "Lịch công tác tuần của lãnh đạo Ủy ban nhân dân phường",
        "lich-cong-tac-tuan",
        WORK_ENTRIES,
    )
    _schedule(
        s, index, SchedulePage.Kind.RECEPTION, "Lịch tiếp công dân", "lich-tiep-cong-dan", RECEPTION_ENTRIES
    )
    for kind, title, days, summary, paragraphs in DIRECTIONS:
        s.page(
            index,
            DirectionPage,
            slugify_vi(title),
            title,
            {
                "kind": kind,
                "date": s.days_ago(days),
                "summary": summary,
                "body": c.body(*paragraphs),
                "author": "Văn phòng HĐND và UBND phường",
            },
        )
    return index


def _schedule(s, index, kind, heading, slug_prefix, rows):
    monday = s.monday
    friday = monday + datetime.timedelta(days=4)
    title = f"{heading} từ {monday:%d/%m} đến {friday:%d/%m/%Y}"

    def fields():
        return {
            "kind": kind,
            "week_start": monday,
            "note": c.html(
                "Lịch có thể thay đổi; mọi thay đổi được cập nhật trên Cổng. Đề nghị các đơn vị chuẩn bị nội "
                "dung theo phân công.",
            ),
            "entries": [
                ScheduleEntry(
                    date=monday + datetime.timedelta(days=weekday),
                    time=datetime.time(hour, minute),
                    leader=f"{person.name} – {person.position.split(' (')[0]}",
                    content=content,
                    venue=venue,
                    participants=participants,
                    sort_order=order,
                )
                for order, (weekday, hour, minute, person, content, venue, participants) in enumerate(rows)
            ],
        }

    # One sample schedule of each kind: found again by kind, whatever week it was made in.
    s.page(
        index,
        SchedulePage,
        f"{slug_prefix}-{monday:%d-%m-%Y}",
        title,
        fields,
        lookup={"kind": kind, "is_sample_content": True},
    )
