"""A legal library shaped like the ward's /van-ban/: `build_legal_library()`.

Twenty-six published documents, as the ward's database holds them: the laws, decrees and circulars that
Quyết định 218/2025/QĐ-UBND (the portal's own regulation) is based on, the decrees of 2026 that replaced some
of them, two documents of the city and the ward's own decisions, plans and submission. They carry six
document types, six issuers at the three levels, fields, signers on the ward's documents, relations (based
on, guides, amends, replaces, repeals), and QĐ 218 its full text and a PDF: more than a page of the list
(twenty), and a few of each kind for the filters. The documents are made with `LegalDocumentFactory` in
the order of DOCUMENTS, where each relation points at a document saved before it, so the targets' validity
follows as when an editor saves them.
"""

import datetime

from legal_docs.models import IssuingLevel, LegalDocumentAttachment

from .core import html
from .documents import DocumentFactory, pdf_bytes
from .legal_docs import (
    DocumentTypeFactory,
    IssuerFactory,
    LegalDocumentFactory,
    LegalFieldFactory,
    SignerFactory,
)

ISSUERS = {
    "quoc-hoi": ("Quốc hội", IssuingLevel.CENTRAL),
    "chinh-phu": ("Chính phủ", IssuingLevel.CENTRAL),
    "bo-tttt": ("Bộ Thông tin và Truyền thông", IssuingLevel.CENTRAL),
    "ubnd-hai-phong": ("Ủy ban nhân dân thành phố Hải Phòng", IssuingLevel.CITY),
    "ubnd-duong-kinh": ("Ủy ban nhân dân phường Dương Kinh", IssuingLevel.WARD),
    "vp-duong-kinh": ("Văn phòng HĐND và UBND phường Dương Kinh", IssuingLevel.WARD),
}
FIELDS = {
    "cong-nghe-thong-tin": "Công nghệ thông tin, chuyển đổi số",
    "bo-may-hanh-chinh": "Bộ máy hành chính",
    "thong-tin-bao-chi": "Thông tin, báo chí",
    "an-ninh-mang": "An toàn, an ninh mạng",
    "ban-hanh-van-ban": "Ban hành văn bản",
    "quoc-phong-an-ninh": "Quốc phòng, an ninh",
    "xay-dung-do-thi": "Xây dựng, đô thị",
}
SIGNERS = {
    "chu-tich": ("Đặng Xuân Diện", "Chủ tịch Ủy ban nhân dân phường"),
    "pho-chu-tich": ("Nguyễn Văn Hùng", "Phó Chủ tịch Ủy ban nhân dân phường"),
    "chanh-van-phong": ("Vũ Thị Lan", "Chánh Văn phòng HĐND và UBND phường"),
}

# The documents QĐ 218/2025 is based on ("Căn cứ …"), by number.
BASES_OF_218 = [
    "65/2025/QH15",
    "64/2025/QH15",
    "63/2020/QH14",
    "67/2006/QH11",
    "86/2015/QH13",
    "24/2018/QH14",
    "85/2016/NĐ-CP",
    "09/2017/NĐ-CP",
    "42/2022/NĐ-CP",
    "22/2023/TT-BTTTT",
    "139/2025/QĐ-UBND",
    "17/TTr-VP",
]

# (number, type, issuer, issued on, in force from, summary, fields, signer, relations); relations are
# (kind, number of a document earlier in the list).
# fmt: off
DOCUMENTS = [
    ("67/2006/QH11", "Luật", "quoc-hoi", "29/06/2006", "01/01/2007", "Luật Công nghệ thông tin",
     ["cong-nghe-thong-tin"], None, []),
    ("64/2007/NĐ-CP", "Nghị định", "chinh-phu", "10/04/2007", "05/05/2007",
     "Về việc ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước", ["cong-nghe-thong-tin"],
     None, [("huong-dan", "67/2006/QH11")]),
    ("80/2015/QH13", "Luật", "quoc-hoi", "22/06/2015", "01/07/2016",
     "Luật Ban hành văn bản quy phạm pháp luật", ["ban-hanh-van-ban"], None, []),
    ("86/2015/QH13", "Luật", "quoc-hoi", "19/11/2015", "01/07/2016", "Luật An toàn thông tin mạng",
     ["an-ninh-mang"], None, []),
    ("104/2016/QH13", "Luật", "quoc-hoi", "06/04/2016", "01/07/2018", "Luật Tiếp cận thông tin",
     ["thong-tin-bao-chi"], None, []),
    ("85/2016/NĐ-CP", "Nghị định", "chinh-phu", "01/07/2016", "01/07/2016",
     "Về bảo đảm an toàn hệ thống thông tin theo cấp độ", ["an-ninh-mang"], None,
     [("huong-dan", "86/2015/QH13")]),
    ("09/2017/NĐ-CP", "Nghị định", "chinh-phu", "09/02/2017", "01/04/2017",
     "Quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước",
     ["thong-tin-bao-chi"], None, []),
    ("24/2018/QH14", "Luật", "quoc-hoi", "12/06/2018", "01/01/2019", "Luật An ninh mạng",
     ["an-ninh-mang", "quoc-phong-an-ninh"], None, []),
    ("63/2020/QH14", "Luật", "quoc-hoi", "18/06/2020", "01/01/2021",
     "Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", ["ban-hanh-van-ban"],
     None, [("sua-doi", "80/2015/QH13")]),
    ("42/2022/NĐ-CP", "Nghị định", "chinh-phu", "24/06/2022", "01/08/2022",
     "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường "
     "mạng", ["cong-nghe-thong-tin", "thong-tin-bao-chi"], None, [("huong-dan", "67/2006/QH11")]),
    ("22/2023/TT-BTTTT", "Thông tư", "bo-tttt", "31/12/2023", "15/02/2024",
     "Quy định cấu trúc, bố cục, yêu cầu kỹ thuật cho Cổng Thông tin điện tử và trang thông tin điện tử của "
     "cơ quan nhà nước", ["cong-nghe-thong-tin"], None, [("huong-dan", "42/2022/NĐ-CP")]),
    ("64/2025/QH15", "Luật", "quoc-hoi", "19/02/2025", "01/04/2025",
     "Luật Ban hành văn bản quy phạm pháp luật", ["ban-hanh-van-ban"], None, [("thay-the", "80/2015/QH13")]),
    ("65/2025/QH15", "Luật", "quoc-hoi", "19/02/2025", "01/03/2025", "Luật Tổ chức chính quyền địa phương",
     ["bo-may-hanh-chinh"], None, []),
    ("17/TTr-VP", "Tờ trình", "vp-duong-kinh", "06/08/2025", None,
     "Đề nghị ban hành Quy chế quản lý, vận hành và khai thác Hệ thống Cổng Thông tin điện tử phường "
     "Dương Kinh", ["cong-nghe-thong-tin"], "chanh-van-phong", []),
    ("139/2025/QĐ-UBND", "Quyết định", "ubnd-hai-phong", "13/08/2025", "23/08/2025",
     "Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Cổng thông tin điện tử "
     "thành phố Hải Phòng trực thuộc Văn phòng Ủy ban nhân dân thành phố",
     ["cong-nghe-thong-tin", "bo-may-hanh-chinh"], None, []),
    ("218/2025/QĐ-UBND", "Quyết định", "ubnd-duong-kinh", "06/08/2025", "16/08/2025",
     "Ban hành Quy chế quản lý, vận hành và khai thác Hệ thống Cổng Thông tin điện tử phường Dương Kinh",
     ["cong-nghe-thong-tin", "thong-tin-bao-chi"], "chu-tich",
     [("can-cu", number) for number in BASES_OF_218]),
    ("230/QĐ-UBND", "Quyết định", "ubnd-duong-kinh", "15/08/2025", "15/08/2025",
     "Về việc kiện toàn Ban Biên tập Cổng Thông tin điện tử phường Dương Kinh", ["cong-nghe-thong-tin"],
     "chu-tich", [("can-cu", "218/2025/QĐ-UBND")]),
    ("40/KH-UBND", "Kế hoạch", "ubnd-duong-kinh", "20/08/2025", None,
     "Kế hoạch triển khai Quy chế quản lý, vận hành và khai thác Hệ thống Cổng Thông tin điện tử phường",
     ["cong-nghe-thong-tin"], "pho-chu-tich", [("huong-dan", "218/2025/QĐ-UBND")]),
    ("116/2025/QH15", "Luật", "quoc-hoi", "10/12/2025", "01/07/2026", "Luật An ninh mạng",
     ["an-ninh-mang", "quoc-phong-an-ninh"], None,
     [("thay-the", "86/2015/QH13"), ("thay-the", "24/2018/QH14")]),
    ("148/2025/QH15", "Luật", "quoc-hoi", "11/12/2025", "01/07/2026", "Luật Chuyển đổi số",
     ["cong-nghe-thong-tin"], None, []),
    ("45/KH-UBND", "Kế hoạch", "ubnd-hai-phong", "20/01/2026", None,
     "Kế hoạch chuyển đổi số thành phố Hải Phòng năm 2026", ["cong-nghe-thong-tin"], None, []),
    ("09/KH-UBND", "Kế hoạch", "ubnd-duong-kinh", "25/01/2026", None,
     "Kế hoạch chuyển đổi số phường Dương Kinh năm 2026", ["cong-nghe-thong-tin"], "pho-chu-tich",
     [("can-cu", "45/KH-UBND")]),
    ("120/QĐ-UBND", "Quyết định", "ubnd-duong-kinh", "25/05/2026", "25/05/2026",
     "Về việc sửa đổi, bổ sung Quyết định số 230/QĐ-UBND về việc kiện toàn Ban Biên tập Cổng Thông tin "
     "điện tử phường", ["cong-nghe-thong-tin"], "chu-tich", [("sua-doi", "230/QĐ-UBND")]),
    ("224/2026/NĐ-CP", "Nghị định", "chinh-phu", "24/06/2026", "01/07/2026",
     "Quy định chi tiết một số điều của Luật Chuyển đổi số về cung cấp thông tin và dịch vụ công trực tuyến "
     "của cơ quan nhà nước trên môi trường mạng", ["cong-nghe-thong-tin", "thong-tin-bao-chi"], None,
     [("huong-dan", "148/2025/QH15"), ("thay-the", "42/2022/NĐ-CP"), ("bai-bo", "64/2007/NĐ-CP")]),
    ("244/2026/NĐ-CP", "Nghị định", "chinh-phu", "26/06/2026", "01/07/2026",
     "Quy định về phát ngôn và cung cấp thông tin cho báo chí của cơ quan hành chính nhà nước",
     ["thong-tin-bao-chi"], None, [("thay-the", "09/2017/NĐ-CP")]),
    ("250/2026/QĐ-UBND", "Quyết định", "ubnd-duong-kinh", "05/11/2026", "01/12/2026",
     "Ban hành Quy định quản lý trật tự xây dựng trên địa bàn phường Dương Kinh", ["xay-dung-do-thi"],
     "chu-tich", []),
]
# fmt: on

DECISION_218 = "218/2025/QĐ-UBND"
DECISION_218_TEXT = html(
    "<b>ỦY BAN NHÂN DÂN PHƯỜNG DƯƠNG KINH</b><br/>Số: 218/2025/QĐ-UBND",
    "<b>QUYẾT ĐỊNH</b> Ban hành Quy chế quản lý, vận hành và khai thác Hệ thống Cổng Thông tin điện tử "
    "phường Dương Kinh",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và "
    "dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;",
    "Theo đề nghị của Chánh Văn phòng HĐND và UBND phường tại Tờ trình số 17/TTr-VP ngày 06 tháng 8 năm "
    "2025.",
    "<b>Điều 1.</b> Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành và khai thác Hệ thống Cổng "
    "Thông tin điện tử phường Dương Kinh.",
    "<b>Điều 2.</b> Quyết định này có hiệu lực kể từ ngày 16 tháng 8 năm 2025.",
    "<b>Điều 3.</b> Chánh Văn phòng HĐND và UBND phường, Trưởng các phòng, ban chuyên môn thuộc Ủy ban nhân "
    "dân phường chịu trách nhiệm thi hành Quyết định này.",
)
# The scanned decision and its regulation: the PDF's text is Latin-1 (tests/factories/documents.py), and
# long enough for the file to weigh more than a kilobyte, as a real scan does.
DECISION_218_SCAN_LINES = [
    "UY BAN NHAN DAN PHUONG DUONG KINH",
    "So: 218/2025/QD-UBND",
    "QUYET DINH ban hanh Quy che quan ly, van hanh va khai thac",
    "He thong Cong Thong tin dien tu phuong Duong Kinh",
    *(
        f"Dieu {article}. Quy che quan ly, van hanh va khai thac Cong Thong tin dien tu."
        for article in range(1, 31)
    ),
]


def date(text):
    day, month, year = (int(part) for part in text.split("/"))
    return datetime.date(year, month, day)


def taxonomies():
    """The issuers, fields and signers of the library, by their keys in ISSUERS, FIELDS and SIGNERS."""
    issuers = {key: IssuerFactory(name=name, level=level) for key, (name, level) in ISSUERS.items()}
    fields = {slug: LegalFieldFactory(slug=slug, name=name) for slug, name in FIELDS.items()}
    signers = {key: SignerFactory(name=name, position=position) for key, (name, position) in SIGNERS.items()}
    return issuers, fields, signers


def decision_218_extras():
    """What QĐ 218 carries besides its metadata: the full text, the scanned PDF, the portal as recipient."""
    scan = DocumentFactory(
        title="Quyết định và Quy chế (bản scan)",
        file__filename="218-2025-qd-ubnd.pdf",
        file__data=pdf_bytes(DECISION_218_SCAN_LINES),
    )
    return {
        "full_text": DECISION_218_TEXT,
        "attachments": [LegalDocumentAttachment(file=scan, title=scan.title)],
        "portal_is_recipient": True,
    }


def build_legal_library():
    """The published documents of the library, by number (see DOCUMENTS)."""
    issuers, fields, signers = taxonomies()
    documents = {}
    for number, type_name, issuer, issued, effective, summary, field_keys, signer, relations in DOCUMENTS:
        extras = decision_218_extras() if number == DECISION_218 else {}
        documents[number] = LegalDocumentFactory(
            number=number,
            document_type=DocumentTypeFactory(name=type_name),
            issuer=issuers[issuer],
            signer=signers[signer] if signer else None,
            issued_on=date(issued),
            effective_on=date(effective) if effective else None,
            summary=summary,
            fields=[fields[key] for key in field_keys],
            relations=[(kind, documents[target]) for kind, target in relations],
            **extras,
        )
    return documents
