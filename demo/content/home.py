"""The home page at the site root, the default site pointing at it, and the portal's settings."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from core.models import PortalSettings
from home.models import HomePage

from ..seeder import nfc
from . import common as c

LABEL = "Trang chủ, trang web mặc định và thông tin chung của Cổng"
SITE_NAME = "Cổng Thông tin điện tử phường Dương Kinh"


def _link(title, url, description=""):
    return {"type": "link", "value": {"title": title, "url": url, "description": description}}


def home_fields():
    return {
        "seo_title": SITE_NAME,
        "search_description": (
            "Cổng Thông tin điện tử của Ủy ban nhân dân phường Dương Kinh, thành phố Hải Phòng: tin tức, "
            "văn bản, thủ tục hành chính, lịch công tác và thông tin công khai."
        ),
        "intro": (
            "Cổng Thông tin điện tử phường Dương Kinh là điểm truy cập chính thức duy nhất của Ủy ban nhân "
            "dân phường trên môi trường mạng, tại địa chỉ duongkinh.haiphong.gov.vn. Cổng cung cấp thông "
            "tin về hoạt động của chính quyền phường, văn bản, thủ tục hành chính và dịch vụ công trực "
            "tuyến, đồng thời tiếp nhận ý kiến, câu hỏi của người dân và doanh nghiệp."
        ),
        "public_services": [
            _link(
                "Cổng Dịch vụ công quốc gia",
                c.NATIONAL_PORTAL,
                "Nộp hồ sơ trực tuyến, đăng nhập bằng tài khoản định danh điện tử VNeID.",
            ),
            _link(
                "Cổng Dịch vụ công thành phố Hải Phòng",
                c.CITY_PORTAL,
                "Thủ tục hành chính của thành phố và của phường, nộp và theo dõi hồ sơ.",
            ),
            _link(
                "Tra cứu hồ sơ",
                "https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html",
                "Tra cứu tình trạng giải quyết hồ sơ bằng mã hồ sơ trên giấy tiếp nhận.",
            ),
            _link(
                "Thanh toán trực tuyến phí, lệ phí",
                "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html",
                "Sau khi đăng nhập, chọn “Thanh toán trực tuyến” để nộp phí, lệ phí của hồ sơ.",
            ),
            _link(
                "Tìm thủ tục hành chính",
                "https://dichvucong.gov.vn/p/home/dvc-thu-tuc-hanh-chinh.html",
                "Cơ sở dữ liệu quốc gia về thủ tục hành chính.",
            ),
        ],
        "one_stop_hours": (
            "Bộ phận Một cửa (Trung tâm Phục vụ hành chính công phường) tiếp nhận và trả kết quả hồ sơ: "
            "sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu; "
            "sáng thứ Bảy tiếp nhận hồ sơ hộ tịch, chứng thực. Hồ sơ trực tuyến được tiếp nhận 24/7."
        ),
        "organisation_links": [
            _link(
                "Đảng ủy phường Dương Kinh",
                f"{c.PORTAL_URL}/tin-tuc/chuyen-muc/dang-uy-doan-the/",
                "Tin hoạt động của Đảng bộ phường.",
            ),
            _link(
                "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
                f"{c.PORTAL_URL}/tin-tuc/chuyen-muc/dang-uy-doan-the/",
                "Cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa”.",
            ),
            _link(
                "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường",
                f"{c.PORTAL_URL}/tin-tuc/chuyen-muc/dang-uy-doan-the/",
                "Hoạt động tình nguyện, chuyển đổi số trong thanh niên.",
            ),
            _link(
                "Hội Liên hiệp Phụ nữ phường",
                f"{c.PORTAL_URL}/tin-tuc/chuyen-muc/dang-uy-doan-the/",
                "Hỗ trợ phụ nữ phát triển kinh tế, xây dựng gia đình hạnh phúc.",
            ),
            _link(
                "Hội Cựu chiến binh phường",
                f"{c.PORTAL_URL}/tin-tuc/chuyen-muc/dang-uy-doan-the/",
                "Phát huy truyền thống “Bộ đội Cụ Hồ”.",
            ),
            _link(
                "Hội Nông dân phường",
                f"{c.PORTAL_URL}/tin-tuc/chuyen-muc/dang-uy-doan-the/",
                "Hỗ trợ hội viên sản xuất, kinh doanh giỏi.",
            ),
        ],
    }


def _welcome_page(root):
    """Wagtail's untouched 'Welcome to your new Wagtail site!' page, if it is still there."""
    page_type = ContentType.objects.get_for_model(Page)
    return root.get_children().filter(content_type=page_type, numchild=0).first()


def build(seeder):
    root = Page.get_first_root_node()
    home = seeder.find_page(root, HomePage, "home", lookup={"locale": seeder.locale})
    if home is None:
        welcome = _welcome_page(root)
        if welcome is not None:
            for site in Site.objects.filter(root_page=welcome):
                site.root_page = root
                site.save()
            welcome.delete()
            seeder.say("  Đã xóa trang chào mừng mặc định của Wagtail.")
        slug = "trang-chu" if root.get_children().filter(slug="home").exists() else "home"
        home = seeder.page(root, HomePage, slug, "Trang chủ", {"locale": seeder.locale, **home_fields()})
    site = _point_default_site(seeder, home)
    _fill_portal_settings(seeder, site)
    return home


def _point_default_site(seeder, home):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True, root_page=home, site_name=SITE_NAME)
        site.save()
        seeder.counts["sites"] += 1
        return site
    changed = False
    if site.root_page_id != home.pk:
        site.root_page = home
        changed = True
    if not site.site_name:
        site.site_name = SITE_NAME
        changed = True
    if changed:
        site.save()
        seeder.counts["sites"] += 1
    return site


SETTINGS = {
    "responsible_person_name": c.VICE_SOCIAL.name,
    "responsible_person_title": "Phó Chủ tịch Ủy ban nhân dân phường, Trưởng Ban Biên tập Cổng Thông tin "
    "điện tử",
    "address": c.ADDRESS,
    "phone": c.PHONE,
    "fax": c.FAX,
    "email": c.EMAIL,
    "licence": (
        f"{c.DECISION_218} ban hành Quy chế quản lý, vận hành và khai thác Hệ thống Cổng Thông tin "
        "điện tử phường Dương Kinh"
    ),
    "facebook_url": c.FACEBOOK_URL,
}


def _fill_portal_settings(seeder, site):
    """Fill the settings the ward has left empty; never overwrite what someone typed."""
    settings = PortalSettings.for_site(site)
    changed = []
    for name, value in nfc(SETTINGS).items():
        if not getattr(settings, name):
            setattr(settings, name, value)
            changed.append(name)
    if changed:
        settings.save()
        seeder.counts["settings"] += 1
