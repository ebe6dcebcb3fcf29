"""Thư viện ảnh, video: one photo gallery and one video gallery in the news section."""

from sections.models import NewsIndexPage, PhotoGalleryPage, VideoGalleryPage

from ..seeder import nfc

LABEL = "Thư viện ảnh, video"

PHOTOS = [
    ("Lễ ra quân tổng vệ sinh môi trường", "Người dân và đoàn viên thu gom rác dọc tuyến đê biển."),
    ("Trồng cây xanh ven đường Phạm Văn Đồng", "Lực lượng thanh niên trồng cây trên dải phân cách."),
    ("Dọn rác bãi biển Hợp Đức", "Tình nguyện viên nhặt rác trên bãi biển lúc sáng sớm."),
    ("Tổng kết ngày chủ nhật xanh", "Lãnh đạo phường khen thưởng các tổ dân phố tiêu biểu."),
]


def build(s, home):
    news = NewsIndexPage.objects.child_of(home).first()
    if news is None:
        return

    def photo_fields():
        photos = []
        for title, alt in PHOTOS:
            image = s.image(title)
            photos.append(("photo", {"image": image, "alt_text": nfc(alt), "caption": nfc(title)}))
        return {
            "date": s.days_ago(9),
            "summary": nfc("Hình ảnh ngày chủ nhật xanh của phường Dương Kinh."),
            "photos": photos,
        }

    s.page(news, PhotoGalleryPage, "anh-ngay-chu-nhat-xanh", "Ảnh: Ngày chủ nhật xanh", photo_fields)
    s.page(
        news,
        VideoGalleryPage,
        "video-huong-dan-dich-vu-cong-truc-tuyen",
        "Video: Hướng dẫn nộp hồ sơ dịch vụ công trực tuyến",
        lambda: {
            "date": s.days_ago(20),
            "summary": nfc("Các bước nộp hồ sơ trên Cổng Dịch vụ công quốc gia, có lời thuyết minh."),
            "videos": [
                (
                    "video",
                    {
                        "title": nfc("Nộp hồ sơ trên Cổng Dịch vụ công quốc gia"),
                        "url": "https://dichvucong.gov.vn/p/home/dvc-huong-dan-cong-dan.html",
                        "poster": None,
                        "poster_alt": "",
                        "duration": "4:10",
                        "description": nfc(
                            "Đăng nhập bằng tài khoản định danh điện tử VNeID, chọn thủ tục, điền tờ khai, "
                            "đính kèm giấy tờ và theo dõi kết quả giải quyết."
                        ),
                    },
                )
            ],
        },
    )
