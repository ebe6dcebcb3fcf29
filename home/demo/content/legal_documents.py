"""Văn bản: the legal documents section. The records themselves belong to the legal_docs app; the
sample content only introduces the section."""

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
                "liên hệ "
                "Văn phòng HĐND và UBND phường. Quyết định số 218/2025/QĐ-UBND ngày 06/8/2025 về Quy chế "
                "quản lý, "
                "vận hành và khai thác Cổng Thông tin điện tử phường được đăng tại mục Giới thiệu.",
            ),
        },
    )
