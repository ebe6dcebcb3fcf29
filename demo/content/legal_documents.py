"""Văn bản: the legal documents section page. Its records (QĐ 218/2025 and the rest) are built by
`legal_docs` in this package, right after this section."""

from legal_docs.models import LegalDocumentIndexPage

from . import common as c

LABEL = "Văn bản"


def build(s, home):
    return s.page(
        home,
        LegalDocumentIndexPage,
        "van-ban",
        "Văn bản",
        {
            "show_in_menus": True,
            "intro": c.html(
                "Cơ sở dữ liệu văn bản quy phạm pháp luật và văn bản chỉ đạo, điều hành của Hội đồng nhân "
                "dân, Ủy "
                "ban nhân dân phường Dương Kinh. Văn bản được đăng tải chậm nhất 02 ngày làm việc kể từ "
                "ngày ban "
                "hành; có thể tìm theo số ký hiệu, loại văn bản, lĩnh vực, cơ quan ban hành, người ký, "
                "ngày ban "
                "hành, tình trạng hiệu lực, có dấu hoặc không dấu.",
                "Văn bản đăng tải trên Cổng có giá trị tham khảo; khi cần bản có giá trị pháp lý, đề nghị "
                "liên hệ Văn phòng HĐND và UBND phường.",
                '<p>Quyết định số <a href="/van-ban/218-2025-qd-ubnd/">218/2025/QĐ-UBND</a> ngày 06/8/2025 '
                "ban hành Quy chế quản lý, vận hành và khai thác Cổng Thông tin điện tử phường, kèm toàn văn "
                "và các văn bản làm căn cứ.</p>",
            ),
        },
    )
