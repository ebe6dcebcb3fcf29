"""Sample news: defence and security (Quốc phòng - An ninh), and the Party committee and mass
organisations (Đảng ủy - Đoàn thể)."""

from .news_item import Article

SECURITY = "quoc-phong-an-ninh"
PARTY = "dang-uy-doan-the"

ARTICLES = [
    Article(
        "Sơ tuyển, khám sức khỏe nghĩa vụ quân sự",
        SECURITY,
        days=5,
        kind="meeting",
        alt="Tranh minh họa: hội trường phông đỏ, nhiều người ngồi theo hàng.",
        summary="Hội đồng nghĩa vụ quân sự phường tổ chức sơ tuyển cho công dân trong độ tuổi gọi nhập ngũ.",
        paragraphs=[
            "Ngày {ngay}, Hội đồng nghĩa vụ quân sự phường tổ chức sơ tuyển, khám sức khỏe cho công dân "
            "trong "
            "độ tuổi sẵn sàng nhập ngũ.",
            "Công dân được kiểm tra thể lực, khám nội khoa, ngoại khoa, mắt, tai - mũi - họng và được phổ "
            "biến quyền, nghĩa vụ theo Luật Nghĩa vụ quân sự. Công tác sơ tuyển bảo đảm công khai, dân chủ, "
            "đúng quy định.",
            "Ban Chỉ huy quân sự phường đề nghị các gia đình động viên con em thực hiện tốt nghĩa vụ bảo vệ "
            "Tổ quốc.",
        ],
        author="Ban Chỉ huy quân sự phường",
        featured=True,
    ),
    Article(
        "Cảnh giác với thủ đoạn lừa đảo qua điện thoại, mạng xã hội",
        SECURITY,
        days=15,
        kind="abstract",
        alt="Hình minh họa trừu tượng: các khối màu xám xanh chồng lên nhau trên nền sáng.",
        summary="Công an phường khuyến cáo người dân không cung cấp mã OTP, không chuyển tiền cho người lạ.",
        paragraphs=[
            "Thời gian gần đây, trên địa bàn thành phố xuất hiện các đối tượng giả danh cơ quan công an, cán "
            "bộ phường, nhân viên ngân hàng gọi điện yêu cầu cập nhật thông tin, chuyển tiền hoặc cài đặt "
            "ứng "
            "dụng lạ.",
            "Công an phường khuyến cáo: cơ quan nhà nước không làm việc qua điện thoại hay mạng xã hội để "
            "yêu "
            "cầu chuyển tiền; người dân tuyệt đối không cung cấp mã OTP, mật khẩu, không bấm vào đường dẫn "
            "lạ và không cài đặt ứng dụng ngoài kho chính thức.",
            "Khi nghi ngờ bị lừa đảo, người dân liên hệ ngay Công an phường hoặc gọi số 113 để được hướng "
            "dẫn.",
        ],
        author="Công an phường",
    ),
    Article(
        "Diễn tập phòng thủ khu vực phường",
        SECURITY,
        days=44,
        kind="landscape",
        alt="Tranh minh họa: đồi thấp, sông và hàng cây dưới bầu trời nhiều mây.",
        summary="Cuộc diễn tập nhằm nâng cao năng lực lãnh đạo, chỉ huy, xử trí các tình huống trên địa bàn.",
        paragraphs=[
            "Từ ngày {ngay}, phường Dương Kinh tổ chức diễn tập khu vực phòng thủ với các nội dung chuyển "
            "trạng "
            "thái sẵn sàng chiến đấu, phòng chống thiên tai, tìm kiếm cứu nạn.",
            "Các lực lượng dân quân, công an, y tế, đoàn thể phối hợp nhịp nhàng, xử lý đúng quy trình các "
            "tình "
            "huống giả định. Cuộc diễn tập kết thúc an toàn, đạt mục đích, yêu cầu đề ra.",
        ],
        author="Ban Chỉ huy quân sự phường",
    ),
    Article(
        "Ra mắt mô hình tổ dân phố an toàn về an ninh, trật tự",
        SECURITY,
        days=81,
        kind="community",
        alt="Tranh minh họa: dãy nhà mái đỏ, người dân đứng trò chuyện trên sân.",
        summary="Mô hình có camera giám sát, tổ tự quản và nhóm liên lạc trực tuyến giữa người dân với "
        "công an phường.",
        paragraphs=[
            "Ngày {ngay}, Công an phường phối hợp với tổ dân phố số 9 ra mắt mô hình tổ dân phố an toàn về "
            "an "
            "ninh, trật tự.",
            "Mô hình gồm hệ thống camera giám sát tại các ngõ, tổ tự quản trực đêm luân phiên và nhóm liên "
            "lạc "
            "trực tuyến giúp người dân báo tin nhanh cho công an khu vực.",
            "Sau thời gian thí điểm, phường sẽ đánh giá và nhân rộng mô hình ra các tổ dân phố khác.",
        ],
        author="Công an phường",
    ),
    Article(
        "Tuyên truyền an toàn giao thông cho học sinh",
        SECURITY,
        days=113,
        kind="city",
        alt="Tranh minh họa: con đường có vạch kẻ trắng chạy qua khu phố.",
        summary="Hơn 1.500 học sinh được phổ biến kỹ năng tham gia giao thông an toàn, đội mũ bảo hiểm "
        "đúng cách.",
        paragraphs=[
            "Công an phường phối hợp với các trường học trên địa bàn tổ chức tuyên truyền an toàn giao thông "
            "cho hơn 1.500 học sinh, buổi gần nhất diễn ra ngày {ngay}.",
            "Học sinh được hướng dẫn đội mũ bảo hiểm đúng cách, đi bộ qua đường an toàn và không điều khiển "
            "xe máy khi chưa đủ tuổi. Phụ huynh được đề nghị gương mẫu chấp hành luật giao thông.",
        ],
        author="Công an phường",
    ),
    Article(
        "Tập huấn lực lượng dân quân tự vệ",
        SECURITY,
        days=162,
        kind="fields",
        alt="Tranh minh họa: cánh đồng rộng và những ngôi nhà nhỏ ở phía xa.",
        summary="Lực lượng dân quân được huấn luyện điều lệnh, kỹ thuật cứu hộ, cứu nạn và phòng chống "
        "thiên tai.",
        paragraphs=[
            "Từ ngày {ngay}, Ban Chỉ huy quân sự phường tổ chức huấn luyện cho lực lượng dân quân tự vệ "
            "năm {nam}.",
            "Nội dung gồm chính trị, điều lệnh, kỹ thuật chiến đấu, kỹ năng cứu hộ, cứu nạn và phòng, chống "
            "thiên tai. Kết thúc đợt huấn luyện, 100% chiến sĩ đạt yêu cầu, trong đó trên 70% khá, giỏi.",
        ],
        author="Ban Chỉ huy quân sự phường",
    ),
    Article(
        "Hội nghị Ban Chấp hành Đảng bộ phường",
        PARTY,
        days=8,
        kind="meeting",
        alt="Tranh minh họa: hội nghị trong hội trường có phông nền đỏ.",
        summary="Ban Chấp hành Đảng bộ phường đánh giá kết quả lãnh đạo, chỉ đạo và cho ý kiến vào các nội "
        "dung quan trọng.",
        paragraphs=[
            "Ngày {ngay}, Ban Chấp hành Đảng bộ phường Dương Kinh tổ chức hội nghị thường kỳ, đánh giá kết "
            "quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị của địa phương.",
            "Hội nghị đánh giá công tác xây dựng Đảng, xây dựng hệ thống chính trị có nhiều chuyển biến; "
            "bộ máy chính quyền phường vận hành ổn định, phục vụ người dân ngày càng tốt hơn.",
            "Đồng chí Bí thư Đảng ủy phường đề nghị các chi bộ tiếp tục nâng cao chất lượng sinh hoạt, "
            "phát huy vai trò tiên phong, gương mẫu của cán bộ, đảng viên.",
        ],
        author="Văn phòng Đảng ủy",
    ),
    Article(
        "Trao Huy hiệu Đảng cho đảng viên lão thành",
        PARTY,
        days=28,
        kind="meeting",
        alt="Tranh minh họa: hội trường phông đỏ với các dãy ghế đại biểu.",
        summary="Đảng ủy phường trao Huy hiệu 30, 40, 50, 60 năm tuổi Đảng cho 35 đảng viên.",
        paragraphs=[
            "Ngày {ngay}, Đảng ủy phường Dương Kinh tổ chức lễ trao Huy hiệu Đảng cho 35 đảng viên, trong đó "
            "có 3 đồng chí nhận Huy hiệu 60 năm tuổi Đảng.",
            "Thay mặt các đảng viên, đồng chí đảng viên lão thành bày tỏ niềm vinh dự, tự hào và hứa tiếp "
            "tục "
            "giữ gìn phẩm chất, tham gia xây dựng khu dân cư văn minh.",
        ],
        author="Văn phòng Đảng ủy",
    ),
    Article(
        "Ủy ban Mặt trận Tổ quốc phường tổng kết cuộc vận động xây dựng đời sống văn hóa",
        PARTY,
        days=41,
        kind="community",
        alt="Tranh minh họa: người dân tập trung trên sân trước dãy nhà mái ngói.",
        summary="Tỷ lệ gia đình đạt danh hiệu gia đình văn hóa và tổ dân phố văn hóa tiếp tục được duy trì "
        "ở mức cao.",
        paragraphs=[
            "Ngày {ngay}, Ủy ban Mặt trận Tổ quốc Việt Nam phường tổ chức hội nghị đánh giá cuộc vận động "
            "“Toàn dân đoàn kết xây dựng đời sống văn hóa”.",
            "Phong trào được người dân tích cực hưởng ứng, nhiều tuyến đường hoa, tuyến ngõ sáng - xanh - "
            "sạch - đẹp được hình thành; quỹ khuyến học, quỹ vì người nghèo được các dòng họ, doanh nghiệp "
            "đóng góp.",
            "Hội nghị khen thưởng các tập thể, cá nhân có thành tích tiêu biểu trong phong trào.",
        ],
        author="Ủy ban MTTQ Việt Nam phường",
    ),
    Article(
        "Đoàn Thanh niên ra quân hỗ trợ người dân sử dụng dịch vụ công trực tuyến",
        PARTY,
        days=63,
        kind="community",
        alt="Tranh minh họa: người dân và đoàn viên đứng trước những ngôi nhà trong khu phố.",
        summary="Đoàn viên hướng dẫn người dân cài đặt VNeID, nộp hồ sơ trực tuyến và thanh toán không "
        "dùng tiền mặt.",
        paragraphs=[
            "Ngày {ngay}, Đoàn Thanh niên phường ra quân đợt cao điểm hỗ trợ người dân sử dụng dịch vụ công "
            "trực tuyến.",
            "Các đoàn viên có mặt tại Trung tâm Phục vụ hành chính công và các nhà văn hóa tổ dân phố, hướng "
            "dẫn người dân kích hoạt tài khoản định danh điện tử, nộp hồ sơ trên Cổng Dịch vụ công quốc gia.",
        ],
        author="Đoàn Thanh niên phường",
    ),
    Article(
        "Hội Liên hiệp Phụ nữ phường hỗ trợ hội viên phát triển kinh tế",
        PARTY,
        days=98,
        kind="fields",
        alt="Tranh minh họa: cánh đồng rau xanh trải dài và vài ngôi nhà mái đỏ.",
        summary="Hội viên được giới thiệu vay vốn ưu đãi, tập huấn kỹ năng kinh doanh trực tuyến.",
        paragraphs=[
            "Hội Liên hiệp Phụ nữ phường phối hợp với ngân hàng chính sách xã hội giới thiệu hơn 60 hội viên "
            "vay vốn ưu đãi phát triển sản xuất, kinh doanh.",
            "Ngày {ngay}, Hội tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến, quản lý tài chính gia đình "
            "cho hội viên.",
        ],
        author="Hội LHPN phường",
    ),
    Article(
        "Hội Cựu chiến binh phường phát huy truyền thống Bộ đội Cụ Hồ",
        PARTY,
        days=137,
        kind="landscape",
        alt="Tranh minh họa: dòng sông hiền hòa, đồi thấp và bầu trời nhiều mây.",
        summary="Hội viên cựu chiến binh tích cực tham gia giữ gìn an ninh trật tự, hòa giải ở cơ sở.",
        paragraphs=[
            "Hội Cựu chiến binh phường tổ chức hội nghị sơ kết ngày {ngay}, đánh giá vai trò của hội viên "
            "trong các phong trào ở khu dân cư.",
            "Nhiều hội viên tham gia tổ hòa giải, tổ an ninh tự quản, góp phần giải quyết mâu thuẫn ngay từ "
            "cơ sở; các mô hình kinh tế của hội viên tạo việc làm cho lao động địa phương.",
        ],
        author="Hội CCB phường",
    ),
    Article(
        "Hội Nông dân phường tập huấn kỹ thuật trồng rau an toàn",
        PARTY,
        days=176,
        kind="fields",
        alt="Tranh minh họa: những luống rau xanh chạy dài về phía chân trời.",
        summary="Hơn 80 hội viên được hướng dẫn quy trình sản xuất rau an toàn, sử dụng thuốc bảo vệ thực "
        "vật đúng cách.",
        paragraphs=[
            "Ngày {ngay}, Hội Nông dân phường tổ chức lớp tập huấn kỹ thuật trồng rau an toàn cho hơn 80 "
            "hội viên.",
            "Học viên được hướng dẫn chọn giống, bón phân hợp lý, sử dụng thuốc bảo vệ thực vật đúng cách và "
            "ghi chép nhật ký sản xuất phục vụ truy xuất nguồn gốc.",
        ],
        author="Hội Nông dân phường",
    ),
]
