"""Sample news: economy (Kinh tế) and culture and society (Văn hóa - Xã hội)."""

from .news_item import Article

ECONOMY = "kinh-te"
SOCIETY = "van-hoa-xa-hoi"

ARTICLES = [
    Article(
        "Thu ngân sách trên địa bàn phường đạt khá so với dự toán",
        ECONOMY,
        days=6,
        kind="city",
        alt="Tranh minh họa: khu phố với các tòa nhà và con đường có vạch kẻ trắng.",
        summary="Các khoản thu từ thuế, phí, lệ phí và tiền sử dụng đất đều đạt hoặc vượt tiến độ.",
        paragraphs=[
            "Theo báo cáo của Phòng Kinh tế, Hạ tầng và Đô thị, tính đến {ngay}, tổng thu ngân sách nhà nước "
            "trên địa bàn phường đạt trên 85% dự toán năm; thu từ khu vực ngoài quốc doanh và lệ phí trước "
            "bạ tăng so với cùng kỳ.",
            "Phường đã phối hợp với cơ quan thuế rà soát các hộ kinh doanh, vận động người nộp thuế sử dụng "
            "hóa đơn điện tử, nộp thuế qua ứng dụng điện tử; tình trạng nợ đọng được kiểm soát.",
            "Ủy ban nhân dân phường yêu cầu các đơn vị tiếp tục quản lý chặt nguồn thu, đồng thời thực hiện "
            "chi ngân sách tiết kiệm, đúng dự toán, ưu tiên các công trình dân sinh.",
        ],
        author="Phòng Kinh tế, Hạ tầng và Đô thị",
        featured=True,
    ),
    Article(
        "Khởi công cải tạo tuyến đường trục khu dân cư số 3",
        ECONOMY,
        days=26,
        kind="city",
        alt="Tranh minh họa: con đường rộng chạy trước dãy nhà cao tầng và hàng cây.",
        summary="Công trình dài gần 1,2 km, có hệ thống thoát nước, vỉa hè và chiếu sáng mới.",
        paragraphs=[
            "Ngày {ngay}, Ủy ban nhân dân phường Dương Kinh khởi công công trình cải tạo, nâng cấp tuyến "
            "đường trục khu dân cư số 3 với tổng chiều dài gần 1,2 km, tổng mức đầu tư khoảng 18 tỷ đồng từ "
            "ngân sách thành phố và ngân sách phường.",
            "Công trình gồm mở rộng mặt đường, xây dựng hệ thống thoát nước, vỉa hè, cây xanh và chiếu sáng "
            "công cộng, dự kiến hoàn thành trong 10 tháng. Đơn vị thi công cam kết bảo đảm an toàn giao "
            "thông, vệ sinh môi trường trong thời gian thi công.",
            "Người dân có ý kiến về quá trình thi công có thể phản ánh tới Phòng Kinh tế, Hạ tầng và Đô thị "
            "hoặc qua mục Hỏi đáp trên Cổng Thông tin điện tử phường.",
        ],
        author="Hoàng Hà",
    ),
    Article(
        "Hỗ trợ hộ kinh doanh chuyển sang kê khai thuế và sử dụng hóa đơn điện tử",
        ECONOMY,
        days=52,
        kind="community",
        alt="Tranh minh họa: dãy cửa hàng mái ngói và người dân qua lại trên phố.",
        summary="Tổ hỗ trợ của phường hướng dẫn hơn 300 hộ kinh doanh cài đặt, sử dụng hóa đơn điện tử từ "
        "máy tính tiền.",
        paragraphs=[
            "Thời gian qua, tổ công nghệ số cộng đồng phối hợp với cơ quan thuế hướng dẫn hơn 300 hộ kinh "
            "doanh trên địa bàn đăng ký, sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.",
            "Nhiều hộ kinh doanh ăn uống, tạp hóa, vật liệu xây dựng cho biết việc xuất hóa đơn ngay khi bán "
            "hàng giúp quản lý doanh thu minh bạch hơn, khách hàng thuận tiện thanh toán không dùng tiền "
            "mặt.",
            "Hộ kinh doanh cần hỗ trợ có thể liên hệ Phòng Kinh tế, Hạ tầng và Đô thị trong giờ hành chính.",
        ],
        author="Thu Trang",
    ),
    Article(
        "Phát triển mô hình nông nghiệp đô thị ven sông",
        ECONOMY,
        days=76,
        kind="fields",
        alt="Tranh minh họa: cánh đồng xanh trải dài tới chân trời, vài ngôi nhà mái đỏ.",
        summary="Các hộ nông dân chuyển đổi sang trồng rau an toàn, hoa, cây cảnh cho thu nhập cao hơn "
        "trồng lúa.",
        paragraphs=[
            "Trên diện tích đất nông nghiệp còn lại ven sông, nhiều hộ nông dân của phường đã chuyển sang "
            "trồng rau an toàn, hoa và cây cảnh phục vụ thị trường nội thành.",
            "Hội Nông dân phường phối hợp hướng dẫn quy trình sản xuất an toàn, ghi chép nhật ký canh tác và "
            "kết nối tiêu thụ với các bếp ăn tập thể, cửa hàng thực phẩm. Thu nhập bình quân trên mỗi sào "
            "cao gấp ba đến bốn lần trồng lúa.",
            "Ủy ban nhân dân phường khuyến khích các hộ liên kết thành tổ hợp tác để được hỗ trợ giống, "
            "vật tư và xúc tiến thương mại.",
        ],
        author="Hội Nông dân phường",
    ),
    Article(
        "Công khai phương án bồi thường dự án mở rộng khu tái định cư",
        ECONOMY,
        days=103,
        kind="fields",
        alt="Tranh minh họa: cánh đồng chia ô, phía xa là dải đồi thấp.",
        summary="Phương án được niêm yết tại trụ sở Ủy ban nhân dân phường, nhà văn hóa tổ dân phố và đăng "
        "trên Cổng.",
        paragraphs=[
            "Ủy ban nhân dân phường thông báo công khai dự thảo phương án bồi thường, hỗ trợ, tái định cư dự "
            "án mở rộng khu tái định cư phục vụ các công trình hạ tầng trên địa bàn từ ngày {ngay}.",
            "Phương án được niêm yết tại trụ sở Ủy ban nhân dân phường, nhà văn hóa các tổ dân phố liên quan "
            "và đăng tải tại chuyên mục Dự án, đầu tư, đấu thầu, mua sắm công trên Cổng.",
            "Trong thời gian niêm yết, tổ chức, cá nhân có ý kiến gửi về Phòng Kinh tế, Hạ tầng và Đô thị "
            "hoặc thư điện tử duongkinh@haiphong.gov.vn để được xem xét, giải đáp.",
        ],
        author="Phòng Kinh tế, Hạ tầng và Đô thị",
    ),
    Article(
        "Doanh nghiệp trên địa bàn đối thoại với chính quyền phường",
        ECONOMY,
        days=150,
        kind="meeting",
        alt="Tranh minh họa: hội nghị với phông nền đỏ và đại biểu ngồi kín hội trường.",
        summary="Lãnh đạo phường lắng nghe kiến nghị về mặt bằng sản xuất, hạ tầng giao thông và thủ tục "
        "hành chính.",
        paragraphs=[
            "Ngày {ngay}, Ủy ban nhân dân phường tổ chức hội nghị gặp gỡ, đối thoại với gần 50 doanh nghiệp, "
            "hợp tác xã và hộ kinh doanh tiêu biểu trên địa bàn.",
            "Các doanh nghiệp kiến nghị về hạ tầng giao thông kết nối cụm công nghiệp, thủ tục cấp phép xây "
            "dựng nhà xưởng, tuyển dụng lao động địa phương. Lãnh đạo phường đã trả lời trực tiếp các nội "
            "dung thuộc thẩm quyền và tiếp thu để kiến nghị thành phố.",
            "Phường cam kết tạo môi trường đầu tư thuận lợi, minh bạch, rút ngắn thời gian giải quyết thủ "
            "tục và đồng hành cùng doanh nghiệp.",
        ],
        author="Minh Anh",
    ),
    Article(
        "Trao quà hỗ trợ gia đình chính sách và hộ có hoàn cảnh khó khăn",
        SOCIETY,
        days=9,
        kind="community",
        alt="Tranh minh họa: người dân tụ họp trên sân trước những ngôi nhà mái đỏ.",
        summary="Phường trao 150 suất quà cho người có công, hộ nghèo, hộ cận nghèo và người cao tuổi neo "
        "đơn.",
        paragraphs=[
            "Ngày {ngay}, Ủy ban nhân dân phường phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam phường trao "
            "150 suất quà cho gia đình chính sách, hộ nghèo, hộ cận nghèo và người cao tuổi neo đơn.",
            "Kinh phí từ Quỹ “Vì người nghèo” của phường và sự đóng góp của các doanh nghiệp, nhà hảo tâm. "
            "Mỗi suất quà gồm tiền mặt và nhu yếu phẩm trị giá 800.000 đồng.",
            "Danh sách các hộ được hỗ trợ và nguồn kinh phí được công khai tại nhà văn hóa tổ dân phố và tại "
            "chuyên mục Công khai ngân sách trên Cổng.",
        ],
        author="Ủy ban MTTQ Việt Nam phường",
        featured=True,
    ),
    Article(
        "Khám sức khỏe miễn phí cho người cao tuổi",
        SOCIETY,
        days=18,
        kind="community",
        alt="Tranh minh họa: nhiều người đứng trước dãy nhà thấp tầng.",
        summary="Trạm Y tế phường khám, tư vấn sức khỏe và cấp thuốc cho hơn 400 người cao tuổi.",
        paragraphs=[
            "Ngày {ngay}, Trạm Y tế phường phối hợp với Hội Người cao tuổi tổ chức khám sức khỏe, tư vấn "
            "dinh "
            "dưỡng và cấp thuốc miễn phí cho hơn 400 người cao tuổi.",
            "Các bác sĩ đo huyết áp, đường huyết, khám tim mạch, xương khớp và hướng dẫn phòng bệnh không "
            "lây "
            "nhiễm. Các trường hợp có dấu hiệu bệnh lý được tư vấn đến khám chuyên khoa.",
            "Trạm Y tế phường khuyến cáo người cao tuổi theo dõi huyết áp thường xuyên, tập thể dục vừa sức "
            "và tham gia bảo hiểm y tế đầy đủ.",
        ],
        author="Trạm Y tế phường",
    ),
    Article(
        "Ra mắt câu lạc bộ đọc sách tại nhà văn hóa tổ dân phố",
        SOCIETY,
        days=31,
        kind="community",
        alt="Tranh minh họa: khu dân cư với những ngôi nhà mái đỏ và sân sinh hoạt chung.",
        summary="Câu lạc bộ có tủ sách hơn 1.000 đầu sách do người dân và doanh nghiệp đóng góp.",
        paragraphs=[
            "Chiều {ngay}, Đoàn Thanh niên phường phối hợp với tổ dân phố số 5 ra mắt câu lạc bộ đọc sách "
            "tại "
            "nhà văn hóa tổ dân phố.",
            "Tủ sách ban đầu có hơn 1.000 đầu sách thiếu nhi, kỹ năng sống, pháp luật và nông nghiệp do "
            "người "
            "dân, doanh nghiệp đóng góp. Câu lạc bộ mở cửa các buổi tối cuối tuần, có đoàn viên hướng dẫn "
            "các em nhỏ đọc sách.",
            "Phường sẽ nhân rộng mô hình tới các tổ dân phố khác, góp phần xây dựng văn hóa đọc trong cộng "
            "đồng.",
        ],
        author="Đoàn Thanh niên phường",
    ),
    Article(
        "Tuyên dương học sinh đạt thành tích cao trong học tập",
        SOCIETY,
        days=58,
        kind="meeting",
        alt="Tranh minh họa: hội trường có phông đỏ, nhiều người ngồi trên các dãy ghế.",
        summary="Hội Khuyến học phường khen thưởng 120 học sinh giỏi, học sinh vượt khó học tốt.",
        paragraphs=[
            "Ngày {ngay}, Hội Khuyến học phường tổ chức tuyên dương, khen thưởng 120 học sinh đạt thành tích "
            "cao trong học tập và học sinh vượt khó học tốt.",
            "Năm học vừa qua, các trường trên địa bàn duy trì tỷ lệ học sinh lên lớp cao, nhiều học sinh đạt "
            "giải trong các kỳ thi cấp thành phố. Phong trào khuyến học, khuyến tài được các dòng họ, tổ dân "
            "phố hưởng ứng.",
            "Phát biểu tại buổi lễ, lãnh đạo phường ghi nhận sự nỗ lực của thầy cô, phụ huynh và học sinh, "
            "đồng thời đề nghị các nhà trường tiếp tục nâng cao chất lượng giáo dục toàn diện.",
        ],
        author="Hội Khuyến học phường",
    ),
    Article(
        "Phường tổ chức tiêm chủng mở rộng cho trẻ em",
        SOCIETY,
        days=69,
        kind="abstract",
        alt="Hình minh họa trừu tượng: các hình tròn màu xanh lá và be trên nền nhạt.",
        summary="Trạm Y tế phường tổ chức tiêm chủng định kỳ vào ngày 25 hằng tháng, bảo đảm an toàn.",
        paragraphs=[
            "Trạm Y tế phường thông báo lịch tiêm chủng mở rộng định kỳ cho trẻ em dưới 5 tuổi và phụ nữ có "
            "thai trên địa bàn; buổi tiêm gần nhất được tổ chức ngày {ngay}.",
            "Phụ huynh mang theo sổ tiêm chủng hoặc thông tin tiêm chủng trên ứng dụng, theo dõi trẻ 30 phút "
            "sau tiêm tại điểm tiêm và tiếp tục theo dõi tại nhà trong 24 giờ.",
            "Mọi thắc mắc xin liên hệ Trạm Y tế phường trong giờ hành chính.",
        ],
        author="Trạm Y tế phường",
    ),
    Article(
        "Hội thi tuyên truyền phòng, chống bạo lực gia đình",
        SOCIETY,
        days=94,
        kind="meeting",
        alt="Tranh minh họa: sân khấu phông đỏ phía trước các dãy ghế khán giả.",
        summary="Hội thi thu hút 8 đội thi đến từ các chi hội phụ nữ, góp phần nâng cao nhận thức cộng đồng.",
        paragraphs=[
            "Ngày {ngay}, Hội Liên hiệp Phụ nữ phường tổ chức hội thi tuyên truyền phòng, chống bạo lực gia "
            "đình với sự tham gia của 8 đội thi.",
            "Qua các phần thi chào hỏi, kiến thức và tiểu phẩm, các đội đã truyền tải thông điệp về bình "
            "đẳng giới, kỹ năng ứng xử trong gia đình và địa chỉ tin cậy trong cộng đồng.",
            "Ban tổ chức trao giải Nhất cho đội tổ dân phố số 7, giải Nhì cho đội tổ dân phố số 12 và các "
            "giải khuyến khích.",
        ],
        author="Hội LHPN phường",
    ),
    Article(
        "Giải quyết việc làm cho lao động trên địa bàn phường",
        SOCIETY,
        days=132,
        kind="city",
        alt="Tranh minh họa: khu đô thị với nhiều tòa nhà và đường phố.",
        summary="Phiên giao dịch việc làm giới thiệu hơn 500 vị trí tuyển dụng của các doanh nghiệp trong "
        "khu vực.",
        paragraphs=[
            "Ngày {ngay}, Ủy ban nhân dân phường phối hợp với trung tâm dịch vụ việc làm tổ chức phiên giao "
            "dịch việc làm lưu động.",
            "Hơn 20 doanh nghiệp tham gia với trên 500 vị trí tuyển dụng trong các ngành may mặc, điện tử, "
            "logistics và dịch vụ. Nhiều lao động được phỏng vấn, hẹn ngày thử việc ngay tại phiên.",
            "Người lao động có nhu cầu tìm việc làm, học nghề hoặc hưởng trợ cấp thất nghiệp có thể liên hệ "
            "Phòng Văn hóa - Xã hội để được hướng dẫn.",
        ],
        author="Phòng Văn hóa - Xã hội",
    ),
    Article(
        "Giải bóng chuyền hơi người cao tuổi phường",
        SOCIETY,
        days=171,
        kind="community",
        alt="Tranh minh họa: người dân mặc áo nhiều màu trên sân trước các ngôi nhà.",
        summary="Giải đấu có 10 đội tham gia, góp phần phong trào rèn luyện thân thể trong người cao tuổi.",
        paragraphs=[
            "Từ ngày {ngay}, Hội Người cao tuổi phường tổ chức giải bóng chuyền hơi với sự tham gia của 10 "
            "đội "
            "đến từ các chi hội.",
            "Các trận đấu diễn ra sôi nổi, đoàn kết, thu hút đông đảo người dân cổ vũ. Giải đấu là hoạt động "
            "thiết thực hưởng ứng phong trào “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”.",
        ],
        author="Hội Người cao tuổi phường",
    ),
]
