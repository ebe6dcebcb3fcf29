"""Sample news: notices (Thông báo)."""

from .news_item import Article

CATEGORY = "thong-bao"

ARTICLES = [
    Article(
        "Thông báo lịch tiếp công dân định kỳ của lãnh đạo Ủy ban nhân dân phường",
        CATEGORY,
        days=2,
        kind="abstract",
        alt="Hình minh họa trừu tượng: các mảng tròn màu xanh xám và be nhạt.",
        summary="Chủ tịch Ủy ban nhân dân phường tiếp công dân định kỳ vào ngày thứ Năm của tuần thứ hai "
        "hằng tháng.",
        paragraphs=[
            "Ủy ban nhân dân phường Dương Kinh thông báo lịch tiếp công dân định kỳ của lãnh đạo Ủy ban nhân "
            "dân phường như sau: Chủ tịch Ủy ban nhân dân phường tiếp công dân vào ngày thứ Năm của tuần thứ "
            "hai hằng tháng; các Phó Chủ tịch tiếp công dân theo lịch phân công hằng tuần.",
            "Địa điểm: Phòng tiếp công dân, trụ sở Ủy ban nhân dân phường. Công dân đến trình bày khiếu nại, "
            "tố cáo, kiến nghị, phản ánh mang theo căn cước và các giấy tờ, tài liệu liên quan.",
            "Lịch tiếp công dân hằng tuần được đăng tại mục Chỉ đạo, điều hành trên Cổng Thông tin điện tử "
            "phường.",
        ],
        author="Văn phòng HĐND và UBND phường",
    ),
    Article(
        "Thông báo tạm ngừng cung cấp điện để bảo dưỡng lưới điện",
        CATEGORY,
        days=11,
        kind="city",
        alt="Tranh minh họa: dãy nhà phố và đường dây chạy dọc con đường.",
        summary="Một số tổ dân phố tạm ngừng cấp điện từ 7 giờ đến 16 giờ ngày Chủ nhật để đơn vị điện lực "
        "bảo dưỡng lưới.",
        paragraphs=[
            "Theo thông báo của đơn vị điện lực, để bảo dưỡng, sửa chữa lưới điện, một số khu vực thuộc các "
            "tổ dân phố số 3, 5 và 7 sẽ tạm ngừng cung cấp điện từ 7 giờ đến 16 giờ ngày Chủ nhật tới.",
            "Ủy ban nhân dân phường đề nghị các hộ gia đình, cơ sở sản xuất, kinh doanh chủ động sắp xếp kế "
            "hoạch, không đến gần khu vực thi công. Thời gian có điện trở lại có thể sớm hơn dự kiến.",
        ],
        author="Phòng Kinh tế, Hạ tầng và Đô thị",
    ),
    Article(
        "Chủ động ứng phó với mưa lớn, triều cường và nguy cơ ngập úng",
        CATEGORY,
        days=38,
        kind="sea",
        alt="Tranh minh họa: mặt nước rộng, vài con thuyền nhỏ và bờ cát dưới trời mây.",
        summary="Ban Chỉ huy phòng thủ dân sự phường đề nghị người dân theo dõi bản tin thời tiết, chằng "
        "chống nhà cửa.",
        paragraphs=[
            "Trước dự báo mưa lớn kết hợp triều cường, Ban Chỉ huy phòng thủ dân sự phường đề nghị các tổ "
            "dân "
            "phố, cơ quan, đơn vị và người dân chủ động các biện pháp phòng, chống.",
            "Người dân theo dõi bản tin dự báo thời tiết, kiểm tra, chằng chống nhà cửa, cắt tỉa cây xanh, "
            "khơi thông cống rãnh; không đi qua khu vực ngập sâu, nước chảy xiết; các hộ nuôi trồng thủy sản "
            "gia cố bờ ao, đầm.",
            "Khi có sự cố, người dân liên hệ đường dây nóng của Ủy ban nhân dân phường hoặc tổ trưởng tổ dân "
            "phố để được hỗ trợ kịp thời.",
        ],
        author="Ban Chỉ huy phòng thủ dân sự phường",
    ),
    Article(
        "Thông báo thu gom rác thải cồng kềnh tại các tổ dân phố",
        CATEGORY,
        days=55,
        kind="community",
        alt="Tranh minh họa: khu dân cư với những ngôi nhà mái đỏ và sân rộng.",
        summary="Đơn vị vệ sinh môi trường thu gom miễn phí đồ dùng cũ, rác cồng kềnh vào sáng thứ Bảy "
        "cuối tháng.",
        paragraphs=[
            "Ủy ban nhân dân phường thông báo tổ chức thu gom rác thải cồng kềnh (đồ gỗ, nệm, thiết bị điện "
            "hỏng…) vào sáng thứ Bảy cuối cùng của tháng tại điểm tập kết của từng tổ dân phố.",
            "Người dân không vứt rác cồng kềnh ra lòng đường, ven sông, kênh. Hành vi vi phạm sẽ bị xử lý "
            "theo quy định về bảo vệ môi trường.",
        ],
        author="Phòng Kinh tế, Hạ tầng và Đô thị",
    ),
    Article(
        "Giấy tờ có địa chỉ cũ vẫn có giá trị sử dụng sau sắp xếp đơn vị hành chính",
        CATEGORY,
        days=72,
        kind="abstract",
        alt="Hình minh họa trừu tượng: các hình tròn và hình chữ nhật màu be, xanh nhạt.",
        summary="Người dân không bắt buộc làm thủ tục đổi giấy tờ chỉ vì thay đổi tên đơn vị hành chính.",
        paragraphs=[
            "Sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, nhiều người dân "
            "băn "
            "khoăn về giá trị của các giấy tờ ghi địa chỉ cũ như quận Dương Kinh, các phường cũ.",
            "Ủy ban nhân dân phường thông báo: giấy tờ đã được cấp trước khi sắp xếp (căn cước, giấy khai "
            "sinh, "
            "giấy chứng nhận quyền sử dụng đất, giấy phép…) tiếp tục có giá trị sử dụng cho đến khi hết thời "
            "hạn. Người dân không bắt buộc phải làm thủ tục cấp đổi chỉ vì lý do thay đổi địa giới, tên gọi "
            "đơn vị hành chính.",
            "Trường hợp có nhu cầu điều chỉnh thông tin, người dân liên hệ Trung tâm Phục vụ hành chính công "
            "phường để được hướng dẫn; việc điều chỉnh do thay đổi địa danh hành chính không thu phí, lệ "
            "phí.",
        ],
        author="Văn phòng HĐND và UBND phường",
    ),
    Article(
        "Khuyến khích người dân nộp hồ sơ thủ tục hành chính trực tuyến",
        CATEGORY,
        days=140,
        kind="abstract",
        alt="Hình minh họa trừu tượng: những mảng màu tròn chồng lên nhau trên nền sáng.",
        summary="Hồ sơ được nộp và theo dõi trên Cổng Dịch vụ công quốc gia bằng tài khoản VNeID, nhiều "
        "thủ tục được giảm lệ phí.",
        paragraphs=[
            "Ủy ban nhân dân phường khuyến khích tổ chức, cá nhân nộp hồ sơ thủ tục hành chính trực tuyến "
            "trên "
            "Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) bằng tài khoản định danh điện tử VNeID mức độ 2.",
            "Khi nộp trực tuyến, người dân theo dõi được tình trạng hồ sơ, nhận thông báo khi có kết quả và "
            "thanh toán phí, lệ phí trực tuyến. Một số thủ tục được giảm mức thu phí, lệ phí khi thực hiện "
            "trực "
            "tuyến theo quy định của thành phố.",
            "Người dân cần hỗ trợ có thể đến Trung tâm Phục vụ hành chính công phường, nơi có đoàn viên "
            "thanh "
            "niên hướng dẫn trực tiếp.",
        ],
        author="Trung tâm Phục vụ hành chính công",
    ),
]
