"""Sample news: the ward's activities (Hoạt động của phường)."""

import datetime

from .news_item import Article

CATEGORY = "hoat-dong-cua-phuong"

ARTICLES = [
    Article(
        "Phường Dương Kinh ban hành Quy chế quản lý, vận hành Cổng Thông tin điện tử",
        CATEGORY,
        date=datetime.date(2025, 8, 7),
        kind="meeting",
        alt="Tranh minh họa: hội trường với phông nền đỏ và các dãy ghế đại biểu.",
        summary=(
            "Ngày 06/8/2025, Ủy ban nhân dân phường ban hành Quyết định số 218/2025/QĐ-UBND kèm theo Quy "
            "chế quản lý, vận hành và khai thác Hệ thống Cổng Thông tin điện tử phường Dương Kinh."
        ),
        paragraphs=[
            "Ngày 06/8/2025, Ủy ban nhân dân phường Dương Kinh ban hành Quyết định số 218/2025/QĐ-UBND về "
            "Quy chế quản lý, vận hành và khai thác Hệ thống Cổng Thông tin điện tử phường. Quyết định có "
            "hiệu lực kể từ ngày 16/8/2025.",
            "Theo Quy chế, Cổng Thông tin điện tử là điểm truy cập chính thức duy nhất của Ủy ban nhân dân "
            "phường trên môi trường mạng, hoạt động tại địa chỉ duongkinh.haiphong.gov.vn. Các cơ quan, tổ "
            "chức, cá nhân có thể gửi thông tin cho Ban Biên tập qua thư điện tử duongkinh@haiphong.gov.vn, "
            "qua trang Facebook của Cổng, qua trục liên thông văn bản hoặc gửi văn bản giấy.",
            "Quy chế cũng quy định tổ chức, cá nhân khi sử dụng thông tin trên Cổng phải ghi rõ nguồn "
            "“Cổng Thông tin điện tử phường Dương Kinh” hoặc “duongkinh.haiphong.gov.vn”. Toàn văn Quy "
            "chế được đăng tại mục Giới thiệu và mục Tiếp cận thông tin.",
        ],
        author="Văn phòng HĐND và UBND phường",
    ),
    Article(
        "Hội nghị giao ban công tác tháng của Ủy ban nhân dân phường",
        CATEGORY,
        days=3,
        kind="meeting",
        alt="Tranh minh họa: quang cảnh hội nghị, đại biểu ngồi theo dãy bàn trước phông nền đỏ.",
        summary="Ủy ban nhân dân phường đánh giá kết quả công tác tháng và triển khai nhiệm vụ trọng tâm "
        "tháng tới.",
        paragraphs=[
            "Ngày {ngay}, Ủy ban nhân dân phường Dương Kinh tổ chức hội nghị giao ban đánh giá kết quả thực "
            "hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh trong tháng. Đồng chí "
            "Chủ tịch Ủy ban nhân dân phường chủ trì hội nghị.",
            "Trong tháng, Trung tâm Phục vụ hành chính công phường tiếp nhận hơn 1.100 hồ sơ, tỷ lệ giải "
            "quyết đúng hạn đạt trên 99%; tỷ lệ hồ sơ nộp trực tuyến tiếp tục tăng. Công tác thu ngân sách, "
            "chỉnh trang đô thị, bảo đảm vệ sinh môi trường được triển khai đồng bộ.",
            "Kết luận hội nghị, đồng chí Chủ tịch yêu cầu các phòng chuyên môn tập trung giải quyết dứt điểm "
            "các kiến nghị của cử tri, đẩy nhanh tiến độ các dự án hạ tầng và tăng cường kiểm tra trật tự "
            "xây dựng tại các khu dân cư.",
        ],
        author="Minh Anh",
        featured=True,
    ),
    Article(
        "Tiếp xúc cử tri trước kỳ họp Hội đồng nhân dân phường",
        CATEGORY,
        days=12,
        kind="community",
        alt="Tranh minh họa: người dân tụ họp trước dãy nhà mái ngói đỏ.",
        summary="Đại biểu Hội đồng nhân dân phường tiếp nhận 27 ý kiến, kiến nghị của cử tri tại các tổ "
        "dân phố.",
        paragraphs=[
            "Từ ngày {ngay}, các tổ đại biểu Hội đồng nhân dân phường Dương Kinh tổ chức tiếp xúc cử tri tại "
            "các điểm sinh hoạt cộng đồng, thông báo dự kiến nội dung kỳ họp và kết quả giải quyết kiến nghị "
            "từ kỳ trước.",
            "Cử tri đánh giá cao sự chủ động của chính quyền phường trong vận hành mô hình chính quyền địa "
            "phương hai cấp, thủ tục hành chính được giải quyết nhanh, gần dân hơn. Các ý kiến tập trung vào "
            "sửa chữa đường ngõ, xử lý điểm ngập úng khi mưa lớn, chiếu sáng công cộng và quản lý rác thải.",
            "Các ý kiến thuộc thẩm quyền được lãnh đạo Ủy ban nhân dân phường trả lời trực tiếp; các ý kiến "
            "còn lại được tổng hợp gửi cơ quan có thẩm quyền và công khai kết quả trả lời trên Cổng.",
        ],
        author="Thu Trang",
    ),
    Article(
        "Ra quân tổng vệ sinh môi trường, chỉnh trang đô thị",
        CATEGORY,
        days=21,
        kind="city",
        alt="Tranh minh họa: dãy nhà cao tầng, hàng cây xanh và con đường rộng.",
        summary="Hơn 600 cán bộ, đoàn viên, hội viên và người dân tham gia dọn dẹp, thu gom rác thải trên "
        "các tuyến đường.",
        paragraphs=[
            "Sáng {ngay}, phường Dương Kinh tổ chức ra quân tổng vệ sinh môi trường, chỉnh trang đô thị với "
            "sự tham gia của hơn 600 cán bộ, đoàn viên, hội viên và người dân.",
            "Lực lượng tham gia chia thành các tổ, thu gom rác thải, phát quang cây cỏ, nạo vét rãnh thoát "
            "nước trên các tuyến đường Phạm Văn Đồng, Mạc Đăng Doanh và các ngõ, xóm. Nhiều biển quảng cáo, "
            "rao vặt trái phép được tháo dỡ.",
            "Ủy ban nhân dân phường đề nghị các tổ dân phố duy trì hoạt động vệ sinh vào sáng thứ Bảy hằng "
            "tuần, thực hiện phân loại rác tại nguồn và để rác đúng giờ, đúng nơi quy định.",
        ],
        author="Hoàng Hà",
    ),
    Article(
        "Trung tâm Phục vụ hành chính công phường đạt tỷ lệ hồ sơ đúng hạn trên 99%",
        CATEGORY,
        days=34,
        kind="abstract",
        alt="Hình minh họa trừu tượng: các khối tròn và chữ nhật màu xanh, be nhạt chồng lên nhau.",
        summary="Sau một năm vận hành, Trung tâm tiếp nhận hàng chục nghìn hồ sơ, tỷ lệ nộp trực tuyến "
        "ngày càng tăng.",
        paragraphs=[
            "Theo báo cáo của Văn phòng HĐND và UBND phường, tính đến {ngay}, Trung tâm Phục vụ hành chính "
            "công phường đã tiếp nhận hơn 12.000 hồ sơ thủ tục hành chính, trong đó trên 99% được giải quyết "
            "đúng và trước hạn.",
            "Các lĩnh vực có số lượng hồ sơ lớn là chứng thực, hộ tịch, đất đai và bảo trợ xã hội. Người dân "
            "được hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia bằng tài khoản định danh "
            "điện tử VNeID, giảm thời gian đi lại.",
            "Thời gian tới, phường tiếp tục bố trí đoàn viên thanh niên hỗ trợ tại Trung tâm, số hóa hồ sơ, "
            "kết quả giải quyết và công khai mức độ hài lòng của người dân.",
        ],
        author="Văn phòng HĐND và UBND phường",
    ),
    Article(
        "Đối thoại với người dân về công tác bồi thường, giải phóng mặt bằng",
        CATEGORY,
        days=47,
        kind="meeting",
        alt="Tranh minh họa: hội trường có phông đỏ, nhiều người ngồi dự họp.",
        summary="Lãnh đạo phường đối thoại trực tiếp với các hộ dân có đất bị thu hồi để thực hiện dự án "
        "nâng cấp tuyến đường.",
        paragraphs=[
            "Ngày {ngay}, Ủy ban nhân dân phường tổ chức đối thoại với các hộ gia đình, cá nhân có đất bị "
            "thu hồi để thực hiện dự án cải tạo, nâng cấp tuyến đường trục khu dân cư số 3.",
            "Tại buổi đối thoại, người dân nêu các ý kiến về đơn giá bồi thường, hỗ trợ tái định cư, thời "
            "gian bàn giao mặt bằng. Đại diện các phòng chuyên môn giải thích căn cứ pháp lý, cách tính và "
            "tiến độ chi trả.",
            "Đồng chí Phó Chủ tịch Ủy ban nhân dân phường đề nghị người dân phối hợp bàn giao mặt bằng đúng "
            "tiến độ, đồng thời cam kết công khai phương án bồi thường tại tổ dân phố và trên Cổng Thông tin "
            "điện tử phường.",
        ],
        author="Minh Anh",
    ),
    Article(
        "Phường Dương Kinh triển khai kế hoạch chuyển đổi số",
        CATEGORY,
        days=88,
        kind="abstract",
        alt="Hình minh họa trừu tượng: các mảng màu xanh nhạt và nâu đất đan xen.",
        summary="Phường đặt mục tiêu 100% văn bản điều hành được ký số, phần lớn hồ sơ thủ tục được tiếp "
        "nhận trực tuyến.",
        paragraphs=[
            "Ủy ban nhân dân phường Dương Kinh ban hành kế hoạch chuyển đổi số năm {nam} với ba trụ cột: "
            "chính quyền số, kinh tế số và xã hội số.",
            "Theo kế hoạch, 100% văn bản điều hành được ký số và gửi nhận qua trục liên thông văn bản; dữ "
            "liệu "
            "hộ tịch, đất đai được làm sạch, đồng bộ với cơ sở dữ liệu quốc gia; Cổng Thông tin điện tử "
            "phường được cập nhật thường xuyên, bảo đảm an toàn thông tin theo cấp độ.",
            "Các tổ công nghệ số cộng đồng tại tổ dân phố tiếp tục hướng dẫn người dân sử dụng dịch vụ công "
            "trực tuyến, thanh toán không dùng tiền mặt và kỹ năng nhận biết lừa đảo trên mạng.",
        ],
        author="Phòng Văn hóa - Xã hội",
    ),
    Article(
        "Kiểm tra công tác phòng cháy, chữa cháy tại khu dân cư và cơ sở kinh doanh",
        CATEGORY,
        days=121,
        kind="city",
        alt="Tranh minh họa: dãy nhà phố với cửa sổ sáng và hàng cây ven đường.",
        summary="Đoàn kiểm tra liên ngành của phường kiểm tra 45 cơ sở, nhắc nhở và hướng dẫn khắc phục "
        "tồn tại.",
        paragraphs=[
            "Từ ngày {ngay}, đoàn kiểm tra liên ngành của phường kiểm tra công tác phòng cháy, chữa cháy tại "
            "45 cơ sở kinh doanh, nhà ở kết hợp sản xuất và nhà trọ trên địa bàn.",
            "Qua kiểm tra, phần lớn cơ sở đã trang bị bình chữa cháy, lối thoát nạn; một số cơ sở còn để "
            "hàng hóa lấn chiếm lối đi, hệ thống điện không bảo đảm an toàn. Đoàn đã lập biên bản, hướng dẫn "
            "khắc phục trong thời hạn quy định.",
            "Ủy ban nhân dân phường khuyến cáo các hộ gia đình lắp đặt thiết bị báo cháy, không để xe máy "
            "sạc điện qua đêm gần lối thoát nạn, và ghi nhớ số điện thoại khẩn cấp 114.",
        ],
        author="Công an phường",
    ),
]
