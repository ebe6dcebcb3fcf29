"""Giới thiệu: functions and tasks, organisation, history, natural conditions, culture, map, leaders,
and the regulation on the portal (QĐ 218/2025/QĐ-UBND)."""

from sections.models import IntroIndexPage, Leader, LeadersPage, StandardPage

from . import common as c
from .regulation import regulation_pdf

LABEL = "Giới thiệu"


def build(s, home):
    index = s.page(
        home,
        IntroIndexPage,
        "gioi-thieu",
        "Giới thiệu",
        {
            "show_in_menus": True,
            "intro": c.html(
                "Thông tin về phường Dương Kinh: chức năng, nhiệm vụ và cơ cấu tổ chức của chính quyền "
                "phường, lịch sử hình thành, điều kiện tự nhiên, truyền thống văn hóa, bản đồ hành chính "
                "và lãnh đạo phường.",
            ),
        },
    )
    _functions(s, index)
    _organisation(s, index)
    _history(s, index)
    _nature(s, index)
    _culture(s, index)
    _map(s, index)
    _leaders(s, index)
    _regulation(s, index)
    return index


def _functions(s, index):
    s.page(
        index,
        StandardPage,
        "chuc-nang-nhiem-vu",
        "Chức năng, nhiệm vụ, quyền hạn",
        {
            "summary": (
                "Ủy ban nhân dân phường là cơ quan hành chính nhà nước ở địa phương, chấp hành nghị quyết "
                "của Hội đồng nhân dân phường và các cơ quan nhà nước cấp trên."
            ),
            "body": c.body(
                c.heading("Vị trí, chức năng"),
                "Ủy ban nhân dân phường Dương Kinh do Hội đồng nhân dân phường bầu, là cơ quan chấp hành của "
                "Hội đồng nhân dân, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân "
                "dân địa phương, Hội đồng nhân dân phường và Ủy ban nhân dân thành phố Hải Phòng.",
                "Từ ngày 01/7/2025, khi mô hình chính quyền địa phương hai cấp chính thức vận hành, phường "
                "trực tiếp thực hiện nhiều nhiệm vụ trước đây thuộc cấp quận: quản lý đất đai, trật tự xây "
                "dựng, cấp phép xây dựng nhà ở riêng lẻ, bảo trợ xã hội, giáo dục mầm non và phổ thông cơ sở "
                "trên địa bàn.",
                c.heading("Nhiệm vụ, quyền hạn chủ yếu"),
                c.ul(
                    "Xây dựng, trình Hội đồng nhân dân phường quyết định và tổ chức thực hiện kế hoạch phát "
                    "triển kinh tế - xã hội, dự toán ngân sách hằng năm.",
                    "Quản lý nhà nước về đất đai, tài nguyên, môi trường, trật tự đô thị và xây dựng trên "
                    "địa bàn.",
                    "Tổ chức giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường và "
                    "trên Cổng Dịch vụ công quốc gia.",
                    "Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội; phòng, chống thiên tai, dịch bệnh.",
                    "Thực hiện chính sách đối với người có công, bảo trợ xã hội, giảm nghèo, việc làm.",
                    "Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh theo quy định.",
                    "Công khai thông tin, bảo đảm quyền tiếp cận thông tin của công dân.",
                ),
                "Chức năng, nhiệm vụ cụ thể của các phòng chuyên môn được quy định tại quyết định của Ủy ban "
                "nhân dân phường và được công khai tại mục Cơ cấu tổ chức.",
            ),
        },
    )


ORGANISATION_ROWS = [
    ["Đơn vị", "Nhiệm vụ chính", "Điện thoại"],
    [
        "Văn phòng HĐND và UBND phường",
        "Tham mưu tổng hợp, văn thư, lưu trữ, quản trị Cổng TTĐT",
        "0225 3 581 110",
    ],
    [
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Kế hoạch, tài chính, đất đai, xây dựng, giao thông, môi trường",
        "0225 3 581 120",
    ],
    [
        "Phòng Văn hóa - Xã hội",
        "Văn hóa, thông tin, giáo dục, y tế, lao động, chính sách xã hội",
        "0225 3 581 130",
    ],
    [
        "Trung tâm Phục vụ hành chính công",
        "Tiếp nhận, trả kết quả thủ tục hành chính (Bộ phận Một cửa)",
        "0225 3 581 140",
    ],
    ["Công an phường", "An ninh, trật tự, cư trú, căn cước", "0225 3 581 150"],
    ["Ban Chỉ huy quân sự phường", "Quốc phòng, dân quân tự vệ, tuyển quân", "0225 3 581 160"],
]


def _organisation(s, index):
    s.page(
        index,
        StandardPage,
        "co-cau-to-chuc",
        "Cơ cấu tổ chức và sơ đồ tổ chức",
        {
            "summary": "Bộ máy của Ủy ban nhân dân phường gồm lãnh đạo Ủy ban, các phòng chuyên môn và "
            "Trung tâm Phục vụ hành chính công.",
            "body": c.body(
                c.heading("Lãnh đạo Ủy ban nhân dân phường"),
                "Ủy ban nhân dân phường gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên. Chủ tịch lãnh đạo, "
                "điều hành chung; các Phó Chủ tịch phụ trách lĩnh vực kinh tế, hạ tầng, đô thị và lĩnh vực "
                "văn hóa - xã hội theo phân công.",
                c.heading("Sơ đồ tổ chức"),
                c.ol(
                    "Chủ tịch Ủy ban nhân dân phường",
                    "Phó Chủ tịch phụ trách kinh tế, hạ tầng và đô thị → Phòng Kinh tế, Hạ tầng và Đô thị",
                    "Phó Chủ tịch phụ trách văn hóa - xã hội → Phòng Văn hóa - Xã hội",
                    "Chánh Văn phòng → Văn phòng HĐND và UBND phường, Trung tâm Phục vụ hành chính công",
                ),
                c.table("Các cơ quan, đơn vị thuộc Ủy ban nhân dân phường", ORGANISATION_ROWS),
                "Các đơn vị sự nghiệp công lập trên địa bàn (trường mầm non, tiểu học, trung học cơ sở, "
                "Trạm Y tế phường) chịu sự quản lý của Ủy ban nhân dân phường theo phân cấp.",
            ),
        },
    )


def _history(s, index):
    s.page(
        index,
        StandardPage,
        "lich-su",
        "Lịch sử hình thành và phát triển",
        lambda: {
            "summary": "Từ vùng đất gắn với kinh đô Dương Kinh của nhà Mạc đến quận Dương Kinh (2007) và "
            "phường Dương Kinh (2025).",
            "body": c.body(
                c.image_block(
                    s.image("Vùng đất Dương Kinh bên sông", "landscape"),
                    "Tranh minh họa: dải đồi thấp, dòng sông và hàng cây dưới bầu trời nhiều mây.",
                    "Vùng đất ven sông phía Đông Nam thành phố (ảnh minh họa).",
                ),
                c.heading("Tên gọi Dương Kinh"),
                "Tên gọi Dương Kinh gắn với kinh đô thứ hai của nhà Mạc (thế kỷ XVI) được xây dựng trên vùng "
                "đất Cổ Trai, quê hương của Thái tổ Mạc Đăng Dung, nay thuộc thành phố Hải Phòng. Các tên "
                "đường Mạc Đăng Doanh, Mạc Thái Tổ trên địa bàn nhắc nhớ truyền thống lịch sử đó.",
                c.heading("Quận Dương Kinh (2007 - 2025)"),
                "Năm 2007, quận Dương Kinh được thành lập trên cơ sở một phần diện tích và dân số của huyện "
                "Kiến Thụy. Gần hai mươi năm xây dựng, từ vùng ven đô chủ yếu sản xuất nông nghiệp, nuôi "
                "trồng "
                "thủy sản, quận đã hình thành các khu đô thị, cụm công nghiệp và hệ thống giao thông kết nối "
                "trung tâm thành phố với Đồ Sơn.",
                c.heading("Phường Dương Kinh (từ 01/7/2025)"),
                "Thực hiện chủ trương sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, "
                "từ ngày 01/7/2025 không tổ chức cấp quận; phường Dương Kinh được thành lập trên cơ sở sắp "
                "xếp các đơn vị hành chính cấp xã của quận Dương Kinh (cũ), trực thuộc thành phố Hải Phòng.",
                c.quote(
                    "Xây dựng phường Dương Kinh văn minh, hiện đại, chính quyền gần dân, phục vụ Nhân dân.",
                    "Phương hướng của Đảng bộ phường (nội dung minh họa)",
                ),
            ),
        },
    )


def _nature(s, index):
    s.page(
        index,
        StandardPage,
        "dieu-kien-tu-nhien",
        "Điều kiện tự nhiên",
        {
            "summary": "Vị trí địa lý, địa hình, khí hậu, sông ngòi và tài nguyên của phường.",
            "body": c.body(
                c.heading("Vị trí địa lý"),
                "Phường Dương Kinh nằm ở phía Đông Nam thành phố Hải Phòng, trên trục đường Phạm Văn Đồng "
                "nối trung tâm thành phố với khu du lịch Đồ Sơn; phía Bắc giáp sông Lạch Tray.",
                c.heading("Địa hình, khí hậu"),
                "Địa hình tương đối bằng phẳng, thấp dần về phía biển, xen kẽ khu dân cư, đất sản xuất nông "
                "nghiệp và ao, đầm nuôi trồng thủy sản. Khí hậu nhiệt đới gió mùa, mùa hè nóng ẩm, mưa "
                "nhiều; "
                "mùa đông lạnh, ít mưa; chịu ảnh hưởng của bão và áp thấp nhiệt đới từ tháng 6 đến tháng 10.",
                c.table(
                    "Một số chỉ tiêu tự nhiên (số liệu minh họa)",
                    [
                        ["Chỉ tiêu", "Giá trị"],
                        ["Nhiệt độ trung bình năm", "khoảng 23 - 24 °C"],
                        ["Lượng mưa trung bình năm", "khoảng 1.600 - 1.800 mm"],
                        ["Độ ẩm trung bình", "khoảng 85%"],
                        ["Sông chính", "Lạch Tray, Đa Độ"],
                    ],
                ),
                c.heading("Tài nguyên"),
                "Quỹ đất ven sông thuận lợi cho phát triển đô thị, dịch vụ và nông nghiệp công nghệ cao; hệ "
                "thống sông, kênh tiêu thủy lợi giữ vai trò quan trọng trong phòng, chống úng ngập mùa mưa.",
            ),
        },
    )


def _culture(s, index):
    s.page(
        index,
        StandardPage,
        "truyen-thong-van-hoa-di-tich",
        "Truyền thống văn hóa, di tích, danh thắng",
        lambda: {
            "summary": "Hệ thống đình, chùa, miếu, lễ hội truyền thống và các phong trào văn hóa ở khu dân "
            "cư.",
            "body": c.body(
                c.image_block(
                    s.image("Sinh hoạt cộng đồng ở khu dân cư", "community"),
                    "Tranh minh họa: dãy nhà mái ngói đỏ, người dân tụ họp trên sân rộng.",
                ),
                "Vùng đất Dương Kinh có truyền thống hiếu học, cần cù lao động và đoàn kết. Mỗi khu dân cư "
                "đều gìn giữ đình, chùa, miếu, nhà thờ họ gắn với lịch sử lập làng, nhiều công trình đã được "
                "xếp hạng di tích lịch sử - văn hóa cấp thành phố.",
                c.table(
                    "Di tích tiêu biểu trên địa bàn (danh sách minh họa)",
                    [
                        ["Di tích", "Loại hình", "Xếp hạng"],
                        ["Đình làng khu dân cư số 1 (tên minh họa)", "Lịch sử - văn hóa", "Cấp thành phố"],
                        ["Chùa khu dân cư số 3 (tên minh họa)", "Kiến trúc nghệ thuật", "Cấp thành phố"],
                        ["Miếu thờ Thành hoàng (tên minh họa)", "Lịch sử", "Đang lập hồ sơ"],
                    ],
                ),
                c.heading("Lễ hội và phong trào văn hóa"),
                "Lễ hội truyền thống được tổ chức vào mùa xuân với phần lễ trang nghiêm và phần hội gồm các "
                "trò chơi dân gian như đấu vật, kéo co, cờ người. Phong trào “Toàn dân đoàn kết xây dựng "
                "đời sống văn hóa” được duy trì ở tất cả tổ dân phố.",
            ),
        },
    )


MAP_LABELS = {
    "title": "Bản đồ hành chính phường Dương Kinh (minh họa)",
    "note": "Bản đồ minh họa, không dùng cho mục đích đo đạc, xác định ranh giới.",
    "rivers": ["Sông Lạch Tray", "Sông Đa Độ"],
    "roads": ["Đường Phạm Văn Đồng", "Đường Mạc Đăng Doanh"],
    "areas": [f"Khu dân cư {number}" for number in range(1, 7)],
    "ward": "PHƯỜNG DƯƠNG KINH",
    "scale": "0      1 km      2 km",
    "legend": ["Ranh giới phường", "Sông, kênh", "Đường chính", "Khu dân cư"],
}


def _map(s, index):
    s.page(
        index,
        StandardPage,
        "ban-do-hanh-chinh",
        "Bản đồ hành chính",
        lambda: {
            "summary": "Bản đồ địa giới hành chính phường Dương Kinh và các khu dân cư.",
            "body": c.body(
                c.image_block(
                    s.map_image("Bản đồ hành chính phường Dương Kinh", MAP_LABELS),
                    "Bản đồ minh họa phường Dương Kinh: đường ranh giới phường màu đỏ, sông Lạch Tray ở phía "
                    "Bắc, sông Đa Độ ở phía Nam, hai trục đường Phạm Văn Đồng và Mạc Đăng Doanh cắt nhau ở "
                    "trung tâm, sáu khu dân cư đánh số từ 1 đến 6.",
                    "Bản đồ minh họa. Bản đồ địa giới hành chính chính thức do cơ quan có thẩm quyền ban "
                    "hành.",
                ),
                "Bản đồ thể hiện ranh giới phường, hệ thống sông, các trục giao thông chính và vị trí các "
                "khu "
                "dân cư. Bản đồ địa giới hành chính chính thức được lưu trữ tại Văn phòng HĐND và UBND "
                "phường; "
                "người dân có nhu cầu khai thác liên hệ Phòng Kinh tế, Hạ tầng và Đô thị.",
            ),
        },
    )


LEADERS = [
    (
        c.SECRETARY,
        "Sinh năm 1972, quê quán Hải Phòng. Trình độ chuyên môn: Thạc sĩ Quản lý công; lý luận chính trị: "
        "Cao cấp. Nhiều năm công tác trong hệ thống chính trị của quận Dương Kinh (cũ).",
        "Lãnh đạo toàn diện công tác của Đảng bộ phường; phụ trách công tác tổ chức cán bộ, quốc phòng, "
        "an ninh, nội chính.",
    ),
    (
        c.COUNCIL_CHAIR,
        "Sinh năm 1976. Trình độ chuyên môn: Cử nhân Luật; lý luận chính trị: Cao cấp. Nguyên Phó Chủ "
        "tịch Hội đồng nhân dân quận Dương Kinh (cũ).",
        "Thường trực Đảng ủy; lãnh đạo hoạt động của Hội đồng nhân dân phường, giám sát việc thực hiện "
        "nghị quyết, tiếp xúc cử tri.",
    ),
    (
        c.CHAIRMAN,
        "Sinh năm 1975. Trình độ chuyên môn: Thạc sĩ Kinh tế; lý luận chính trị: Cao cấp. Từng công tác "
        "tại Văn phòng HĐND và UBND quận, Phòng Tài chính - Kế hoạch quận Dương Kinh (cũ).",
        "Lãnh đạo, điều hành chung hoạt động của Ủy ban nhân dân phường; trực tiếp phụ trách công tác "
        "tài chính, ngân sách, tổ chức bộ máy, thanh tra, tiếp công dân, cải cách hành chính.",
    ),
    (
        c.VICE_ECONOMY,
        "Sinh năm 1980. Trình độ chuyên môn: Kỹ sư Xây dựng, Thạc sĩ Quản lý đô thị; lý luận chính trị: "
        "Cao cấp.",
        "Phụ trách lĩnh vực kinh tế, quy hoạch, đất đai, xây dựng, trật tự đô thị, giao thông, môi "
        "trường, đầu tư công; phụ trách Phòng Kinh tế, Hạ tầng và Đô thị.",
    ),
    (
        c.VICE_SOCIAL,
        "Sinh năm 1983. Trình độ chuyên môn: Thạc sĩ Quản lý văn hóa; lý luận chính trị: Cao cấp.",
        "Phụ trách lĩnh vực văn hóa, thông tin, giáo dục, y tế, lao động, chính sách xã hội, chuyển đổi "
        "số; phụ trách Phòng Văn hóa - Xã hội; Trưởng Ban Biên tập Cổng Thông tin điện tử phường; được "
        "giao phát ngôn và cung cấp thông tin cho báo chí.",
    ),
]


def _leaders(s, index):
    def fields():
        return {
            "intro": c.html(
                "Thông tin về lãnh đạo Đảng ủy, Hội đồng nhân dân và Ủy ban nhân dân phường: chức vụ, "
                "tiểu sử tóm tắt, nhiệm vụ đảm nhiệm, điện thoại và thư điện tử công vụ.",
                c.SAMPLE_NOTE,
            ),
            "leaders": [
                Leader(
                    name=person.name,
                    position=person.position,
                    photo=s.image(f"Chân dung {person.name}", "portrait"),
                    biography=biography,
                    duties=duties,
                    phone=person.phone,
                    email=person.email,
                    sort_order=order,
                )
                for order, (person, biography, duties) in enumerate(LEADERS)
            ],
        }

    s.page(index, LeadersPage, "lanh-dao", "Lãnh đạo phường", fields)


def _regulation(s, index):
    s.page(
        index,
        StandardPage,
        "quy-che-cong-thong-tin-dien-tu",
        "Quy chế quản lý, vận hành Cổng Thông tin điện tử",
        lambda: {
            "summary": (
                f"{c.DECISION_218} ban hành Quy chế quản lý, vận hành và khai thác Hệ thống Cổng Thông tin "
                "điện tử phường Dương Kinh, có hiệu lực từ ngày 16/8/2025."
            ),
            "body": c.body(
                "Quy chế quy định việc quản lý, vận hành và khai thác Cổng Thông tin điện tử phường Dương "
                "Kinh, áp dụng đối với Ủy ban nhân dân phường, các phòng chuyên môn, Trung tâm Phục vụ hành "
                "chính công, các đơn vị sự nghiệp trên địa bàn và các cơ quan, tổ chức, cá nhân có liên "
                "quan.",
                c.heading("Những điểm chính"),
                c.ul(
                    "Cổng là điểm truy cập chính thức duy nhất của Ủy ban nhân dân phường trên môi trường "
                    "mạng, tại địa chỉ duongkinh.haiphong.gov.vn.",
                    "Thông tin gửi đến Ban Biên tập qua trục liên thông văn bản, thư điện tử "
                    "duongkinh@haiphong.gov.vn, trang Facebook của Cổng hoặc gửi văn bản giấy; thông tin "
                    "điện "
                    "tử được tiếp nhận 24/24 giờ tất cả các ngày.",
                    "Ban Biên tập làm việc kiêm nhiệm, chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân "
                    "phường "
                    "và trước pháp luật về nội dung đăng tải.",
                    "Kinh phí vận hành Cổng được cấp từ ngân sách phường và các nguồn hợp pháp khác.",
                    "Tổ chức, cá nhân sử dụng thông tin trên Cổng phải ghi rõ nguồn “Cổng Thông tin điện "
                    "tử phường Dương Kinh” hoặc “duongkinh.haiphong.gov.vn”.",
                ),
                "Toàn văn Quyết định và Quy chế được đính kèm dưới đây.",
            ),
            "attachments": c.attachments(regulation_pdf(s)),
        },
    )
