"""Dự án, đầu tư, đấu thầu, mua sắm công: projects in all three states and of several kinds."""

from sections.models import ProjectIndexPage, ProjectPage

from ..seeder import slugify_vi
from . import common as c

LABEL = "Dự án, đầu tư, đấu thầu, mua sắm công"
Kind, Status = ProjectPage.Kind, ProjectPage.Status

PROJECTS = [
    {
        "title": "Cải tạo, nâng cấp tuyến đường trục khu dân cư số 3",
        "kind": Kind.INVESTMENT,
        "status": Status.ONGOING,
        "days": 26,
        "image": "city",
        "objective": "Mở rộng mặt đường, xây dựng hệ thống thoát nước, vỉa hè, chiếu sáng, bảo đảm giao "
        "thông và chống ngập úng.",
        "field": "Giao thông, hạ tầng đô thị",
        "timeframe": "10 tháng",
        "total_investment": "18 tỷ đồng",
        "funding_source": "Ngân sách thành phố hỗ trợ có mục tiêu và ngân sách phường",
        "summary": "Dự án đang thi công, khối lượng hoàn thành khoảng 40%.",
        "body": [
            "Dự án có chiều dài gần 1,2 km, mặt đường rộng 7,5 m, vỉa hè mỗi bên 3 m, hệ thống cống dọc "
            "hai bên "
            "đường và 45 cột đèn chiếu sáng.",
            "Đơn vị thi công được lựa chọn qua đấu thầu rộng rãi qua mạng trên Hệ thống mạng đấu thầu quốc "
            "gia.",
        ],
    },
    {
        "title": "Xây dựng nhà văn hóa tổ dân phố số 12",
        "kind": Kind.INVESTMENT,
        "status": Status.PREPARING,
        "days": 37,
        "image": "community",
        "objective": "Đáp ứng nhu cầu sinh hoạt cộng đồng, văn hóa, thể thao của người dân tổ dân phố.",
        "field": "Văn hóa - xã hội",
        "timeframe": "Dự kiến 8 tháng",
        "total_investment": "3,2 tỷ đồng",
        "funding_source": "Ngân sách phường và nhân dân đóng góp",
        "summary": "Dự án đang lập báo cáo kinh tế - kỹ thuật, dự kiến khởi công trong năm.",
        "body": [
            "Nhà văn hóa một tầng, diện tích xây dựng khoảng 250 m², sân sinh hoạt chung và khu vui chơi "
            "trẻ em.",
            "Chủ trương đầu tư đã được Hội đồng nhân dân phường thông qua; hồ sơ thiết kế đang được thẩm "
            "định.",
        ],
    },
    {
        "title": "Cải tạo hệ thống thoát nước khu dân cư số 3 và số 5",
        "kind": Kind.INVESTMENT,
        "status": Status.COMPLETED,
        "days": 140,
        "image": "landscape",
        "objective": "Giảm ngập úng cục bộ khi mưa lớn tại các tuyến ngõ khu dân cư.",
        "field": "Thoát nước, môi trường",
        "timeframe": "6 tháng",
        "total_investment": "5,6 tỷ đồng",
        "funding_source": "Ngân sách phường",
        "summary": "Công trình đã hoàn thành, bàn giao đưa vào sử dụng.",
        "body": [
            "Công trình gồm 2,1 km rãnh thoát nước có nắp đan và 60 hố ga thu nước, được nghiệm thu, bàn "
            "giao "
            "đưa vào sử dụng.",
            "Giá trị quyết toán và thông tin nhà thầu được công khai theo quy định.",
        ],
    },
    {
        "title": "Gói thầu mua sắm thiết bị công nghệ thông tin cho Trung tâm Phục vụ hành chính công",
        "kind": Kind.TENDER,
        "status": Status.COMPLETED,
        "days": 95,
        "image": "abstract",
        "objective": "Trang bị máy tính, máy quét tài liệu, màn hình tra cứu phục vụ số hóa hồ sơ và tiếp "
        "nhận trực tuyến.",
        "field": "Công nghệ thông tin",
        "timeframe": "60 ngày",
        "total_investment": "850 triệu đồng",
        "funding_source": "Ngân sách phường",
        "summary": "Kết quả lựa chọn nhà thầu: gói thầu chào hàng cạnh tranh qua mạng.",
        "body": [
            c.table(
                "Kết quả lựa chọn nhà thầu (số liệu minh họa)",
                [
                    ["Nội dung", "Thông tin"],
                    ["Hình thức lựa chọn", "Chào hàng cạnh tranh qua mạng"],
                    ["Số nhà thầu tham dự", "4"],
                    ["Giá trúng thầu", "812.500.000 đồng"],
                    ["Thời gian thực hiện hợp đồng", "60 ngày"],
                ],
            ),
        ],
    },
    {
        "title": "Mua sắm trang phục, trang bị cho lực lượng dân quân tự vệ",
        "kind": Kind.PROCUREMENT,
        "status": Status.ONGOING,
        "days": 30,
        "image": "abstract",
        "objective": "Bảo đảm trang phục, trang bị theo tiêu chuẩn cho lực lượng dân quân tự vệ phường.",
        "field": "Quốc phòng",
        "timeframe": "Trong năm",
        "total_investment": "320 triệu đồng",
        "funding_source": "Ngân sách phường",
        "summary": "Kế hoạch mua sắm đã được phê duyệt, đang tổ chức lựa chọn nhà cung cấp.",
        "body": [
            "Kế hoạch mua sắm tài sản công được lập theo quy định về quản lý, sử dụng tài sản công và pháp "
            "luật "
            "về đấu thầu.",
        ],
    },
    {
        "title": "Phương án bồi thường, hỗ trợ, tái định cư dự án mở rộng khu tái định cư",
        "kind": Kind.LAND,
        "status": Status.PREPARING,
        "days": 103,
        "image": "fields",
        "objective": "Bố trí quỹ đất tái định cư cho các hộ dân bị thu hồi đất thực hiện các công trình hạ "
        "tầng trên địa bàn.",
        "field": "Đất đai, giải phóng mặt bằng",
        "timeframe": "Dự kiến 18 tháng",
        "total_investment": "42 tỷ đồng",
        "funding_source": "Ngân sách thành phố",
        "summary": "Dự thảo phương án bồi thường được niêm yết công khai để lấy ý kiến người dân.",
        "body": [
            "Dự án thu hồi khoảng 3,5 ha đất, chủ yếu là đất nông nghiệp, ảnh hưởng tới 64 hộ gia đình, cá "
            "nhân.",
            c.table(
                "Tổng hợp dự kiến (số liệu minh họa)",
                [
                    ["Nội dung", "Số lượng"],
                    ["Số hộ bị ảnh hưởng", "64"],
                    ["Diện tích đất thu hồi", "3,5 ha"],
                    ["Số lô tái định cư bố trí", "28"],
                ],
            ),
            "Ý kiến về dự thảo phương án gửi Phòng Kinh tế, Hạ tầng và Đô thị hoặc thư điện tử "
            "duongkinh@haiphong.gov.vn.",
        ],
    },
]

ALT = {
    "city": "Tranh minh họa: con đường rộng chạy qua khu đô thị có nhiều tòa nhà.",
    "community": "Tranh minh họa: dãy nhà mái đỏ và người dân sinh hoạt trên sân chung.",
    "landscape": "Tranh minh họa: dòng sông, đồi thấp và hàng cây dưới bầu trời nhiều mây.",
    "abstract": "Hình minh họa trừu tượng: các mảng màu tròn và chữ nhật màu dịu.",
    "fields": "Tranh minh họa: cánh đồng chia ô và dải đồi thấp phía xa.",
}


def build(s, home):
    index = s.page(
        home,
        ProjectIndexPage,
        "du-an-dau-thau-mua-sam",
        "Dự án, đầu tư, đấu thầu, mua sắm công",
        {
            "intro": c.html(
                "Thông tin về dự án đầu tư công, đấu thầu, mua sắm công; giá đất, thu hồi đất, bồi thường, "
                "giải "
                "phóng mặt bằng trên địa bàn phường, phân theo tình trạng: chuẩn bị đầu tư, đang thực "
                "hiện, đã hoàn thành.",
            ),
        },
    )
    for project in PROJECTS:
        s.page(index, ProjectPage, slugify_vi(project["title"]), project["title"], _fields(s, project))
    return index


def _fields(s, project):
    def fields():
        return {
            "kind": project["kind"],
            "status": project["status"],
            "objective": project["objective"],
            "field": project["field"],
            "timeframe": project["timeframe"],
            "total_investment": project["total_investment"],
            "funding_source": project["funding_source"],
            "date": s.days_ago(project["days"]),
            "summary": project["summary"],
            "image": s.image(project["title"], project["image"]),
            "image_alt": ALT[project["image"]],
            "body": c.body(*project["body"]),
            "author": "Phòng Kinh tế, Hạ tầng và Đô thị",
        }

    return fields
