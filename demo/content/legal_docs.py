"""Văn bản (records): the ward's Quyết định 218/2025/QĐ-UBND with the documents it cites, the national
documents that replaced some of them in 2026, and the ward's own plans, notices and decisions since it was
formed on 01/7/2025. The section page itself is built by `legal_documents`.

Documents are found by issuer and number before they are made, so a second run creates nothing. National
documents carry no signer (the sample does not put names under laws); the ward's signers are sample names,
except the Chairman named on QĐ 218.
"""

# ruff: noqa: E501 (the sample records are data, one document to a few lines)
import datetime
import re
from html import escape

from legal_docs.models import (
    DocumentType,
    Issuer,
    IssuingLevel,
    LegalDocument,
    LegalDocumentAttachment,
    LegalDocumentRelation,
    LegalField,
    Signer,
)

from .legal_docs_qd218 import TEXT as QD218_TEXT

LABEL = "Cơ sở dữ liệu văn bản"

ISSUERS = {
    "quoc-hoi": ("Quốc hội", IssuingLevel.CENTRAL),
    "chinh-phu": ("Chính phủ", IssuingLevel.CENTRAL),
    "bo-tttt": ("Bộ Thông tin và Truyền thông", IssuingLevel.CENTRAL),
    "ubnd-hai-phong": ("Ủy ban nhân dân thành phố Hải Phòng", IssuingLevel.CITY),
    "hdnd-duong-kinh": ("Hội đồng nhân dân phường Dương Kinh", IssuingLevel.WARD),
    "ubnd-duong-kinh": ("Ủy ban nhân dân phường Dương Kinh", IssuingLevel.WARD),
    "vp-duong-kinh": ("Văn phòng HĐND và UBND phường Dương Kinh", IssuingLevel.WARD),
}
FIELDS = {
    "cong-nghe-thong-tin": "Công nghệ thông tin, chuyển đổi số",
    "bo-may-hanh-chinh": "Bộ máy hành chính",
    "thong-tin-bao-chi": "Thông tin, báo chí",
    "an-ninh-mang": "An toàn, an ninh mạng",
    "ban-hanh-van-ban": "Ban hành văn bản",
    "dat-dai": "Đất đai",
    "xay-dung-do-thi": "Xây dựng, đô thị",
    "tai-nguyen-moi-truong": "Tài nguyên, môi trường",
    "van-hoa-xa-hoi": "Văn hóa, xã hội",
    "y-te-giao-duc": "Y tế, giáo dục",
    "tai-chinh-ngan-sach": "Tài chính, ngân sách",
    "quoc-phong-an-ninh": "Quốc phòng, an ninh",
    "du-lieu-ca-nhan": "Bảo vệ dữ liệu cá nhân",
}
SIGNERS = {
    "dang-xuan-dien": ("Đặng Xuân Diện", "Chủ tịch Ủy ban nhân dân phường"),
    "nguyen-van-hung": ("Nguyễn Văn Hùng", "Phó Chủ tịch Ủy ban nhân dân phường"),
    "tran-thi-thu-ha": ("Trần Thị Thu Hà", "Phó Chủ tịch Ủy ban nhân dân phường"),
    "pham-minh-tuan": ("Phạm Minh Tuấn", "Chủ tịch Hội đồng nhân dân phường"),
    "vu-thi-lan": ("Vũ Thị Lan", "Chánh Văn phòng HĐND và UBND phường"),
}


def d(text):
    day, month, year = (int(part) for part in text.split("/"))
    return datetime.date(year, month, day)


# (key, type, number, issuer, issued, effective, summary, fields, signer, relations, extras)
# relations: [(kind, key of an earlier document, note)]
# fmt: off
NATIONAL = [
    ("l67-2006", "luat", "67/2006/QH11", "quoc-hoi", "29/06/2006", "01/01/2007",
     "Luật Công nghệ thông tin", ["cong-nghe-thong-tin"], None, []),
    ("nd64-2007", "nghi-dinh", "64/2007/NĐ-CP", "chinh-phu", "10/04/2007", "05/05/2007",
     "Về việc ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước",
     ["cong-nghe-thong-tin"], None, [("huong-dan", "l67-2006", "")]),
    ("nd72-2013", "nghi-dinh", "72/2013/NĐ-CP", "chinh-phu", "15/07/2013", "01/09/2013",
     "Về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng",
     ["thong-tin-bao-chi", "cong-nghe-thong-tin"], None, []),
    ("l80-2015", "luat", "80/2015/QH13", "quoc-hoi", "22/06/2015", "01/07/2016",
     "Luật Ban hành văn bản quy phạm pháp luật", ["ban-hanh-van-ban"], None, []),
    ("l86-2015", "luat", "86/2015/QH13", "quoc-hoi", "19/11/2015", "01/07/2016",
     "Luật An toàn thông tin mạng", ["an-ninh-mang"], None, []),
    ("l104-2016", "luat", "104/2016/QH13", "quoc-hoi", "06/04/2016", "01/07/2018",
     "Luật Tiếp cận thông tin", ["thong-tin-bao-chi"], None, []),
    ("nd85-2016", "nghi-dinh", "85/2016/NĐ-CP", "chinh-phu", "01/07/2016", "01/07/2016",
     "Về bảo đảm an toàn hệ thống thông tin theo cấp độ", ["an-ninh-mang"], None,
     [("huong-dan", "l86-2015", "")]),
    ("nd09-2017", "nghi-dinh", "09/2017/NĐ-CP", "chinh-phu", "09/02/2017", "01/04/2017",
     "Quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước",
     ["thong-tin-bao-chi"], None, []),
    ("nd13-2018", "nghi-dinh", "13/2018/NĐ-CP", "chinh-phu", "23/01/2018", "01/07/2018",
     "Quy định chi tiết và biện pháp thi hành Luật Tiếp cận thông tin", ["thong-tin-bao-chi"], None,
     [("huong-dan", "l104-2016", "")]),
    ("nd27-2018", "nghi-dinh", "27/2018/NĐ-CP", "chinh-phu", "01/03/2018", "01/03/2018",
     "Sửa đổi, bổ sung một số điều của Nghị định số 72/2013/NĐ-CP ngày 15/7/2013 của Chính phủ về quản lý, "
     "cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng", ["thong-tin-bao-chi"], None,
     [("sua-doi", "nd72-2013", "")]),
    ("l24-2018", "luat", "24/2018/QH14", "quoc-hoi", "12/06/2018", "01/01/2019",
     "Luật An ninh mạng", ["an-ninh-mang", "quoc-phong-an-ninh"], None, []),
    ("nd150-2018", "nghi-dinh", "150/2018/NĐ-CP", "chinh-phu", "07/11/2018", "07/11/2018",
     "Sửa đổi một số Nghị định liên quan đến điều kiện đầu tư kinh doanh và thủ tục hành chính trong lĩnh vực "
     "thông tin và truyền thông", ["thong-tin-bao-chi"], None, [("sua-doi", "nd72-2013", "")]),
    ("l63-2020", "luat", "63/2020/QH14", "quoc-hoi", "18/06/2020", "01/01/2021",
     "Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", ["ban-hanh-van-ban"],
     None, [("sua-doi", "l80-2015", "")]),
    ("nd42-2022", "nghi-dinh", "42/2022/NĐ-CP", "chinh-phu", "24/06/2022", "01/08/2022",
     "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
     ["cong-nghe-thong-tin", "thong-tin-bao-chi"], None, [("huong-dan", "l67-2006", "")]),
    ("tt12-2022", "thong-tu", "12/2022/TT-BTTTT", "bo-tttt", "12/08/2022", "01/10/2022",
     "Quy định chi tiết và hướng dẫn một số điều của Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ "
     "về bảo đảm an toàn hệ thống thông tin theo cấp độ", ["an-ninh-mang"], None,
     [("huong-dan", "nd85-2016", "")]),
    ("nd13-2023", "nghi-dinh", "13/2023/NĐ-CP", "chinh-phu", "17/04/2023", "01/07/2023",
     "Bảo vệ dữ liệu cá nhân", ["du-lieu-ca-nhan"], None, []),
    ("tt22-2023", "thong-tu", "22/2023/TT-BTTTT", "bo-tttt", "31/12/2023", "15/02/2024",
     "Quy định cấu trúc, bố cục, yêu cầu kỹ thuật cho Cổng Thông tin điện tử và trang thông tin điện tử của "
     "cơ quan nhà nước", ["cong-nghe-thong-tin"], None, [("huong-dan", "nd42-2022", "")]),
    ("l64-2025", "luat", "64/2025/QH15", "quoc-hoi", "19/02/2025", "01/04/2025",
     "Luật Ban hành văn bản quy phạm pháp luật", ["ban-hanh-van-ban"], None, [("thay-the", "l80-2015", "")]),
    ("l65-2025", "luat", "65/2025/QH15", "quoc-hoi", "19/02/2025", "01/03/2025",
     "Luật Tổ chức chính quyền địa phương", ["bo-may-hanh-chinh"], None, []),
    ("l91-2025", "luat", "91/2025/QH15", "quoc-hoi", "26/06/2025", "01/01/2026",
     "Luật Bảo vệ dữ liệu cá nhân", ["du-lieu-ca-nhan"], None, []),
    ("l116-2025", "luat", "116/2025/QH15", "quoc-hoi", "10/12/2025", "01/07/2026",
     "Luật An ninh mạng", ["an-ninh-mang", "quoc-phong-an-ninh"], None,
     [("thay-the", "l86-2015", ""), ("thay-the", "l24-2018", "")]),
    ("l148-2025", "luat", "148/2025/QH15", "quoc-hoi", "11/12/2025", "01/07/2026",
     "Luật Chuyển đổi số", ["cong-nghe-thong-tin"], None, []),
    ("nd356-2025", "nghi-dinh", "356/2025/NĐ-CP", "chinh-phu", "31/12/2025", "01/01/2026",
     "Quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Bảo vệ dữ liệu cá nhân",
     ["du-lieu-ca-nhan"], None, [("huong-dan", "l91-2025", ""), ("thay-the", "nd13-2023", "")]),
    ("nd224-2026", "nghi-dinh", "224/2026/NĐ-CP", "chinh-phu", "24/06/2026", "01/07/2026",
     "Quy định chi tiết một số điều của Luật Chuyển đổi số về cung cấp thông tin và dịch vụ công trực tuyến "
     "của cơ quan nhà nước trên môi trường mạng", ["cong-nghe-thong-tin", "thong-tin-bao-chi"], None,
     [("huong-dan", "l148-2025", ""), ("thay-the", "nd42-2022", "điểm b khoản 2 Điều 90"),
      ("bai-bo", "nd64-2007", "điểm c khoản 2 Điều 90")]),
    ("nd244-2026", "nghi-dinh", "244/2026/NĐ-CP", "chinh-phu", "26/06/2026", "01/07/2026",
     "Quy định về phát ngôn và cung cấp thông tin cho báo chí của cơ quan hành chính nhà nước",
     ["thong-tin-bao-chi"], None, [("thay-the", "nd09-2017", "khoản 2 Điều 11")]),
]

CITY = [
    ("qd139-2025-hp", "quyet-dinh", "139/2025/QĐ-UBND", "ubnd-hai-phong", "13/08/2025", "23/08/2025",
     "Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Cổng thông tin điện tử thành phố "
     "Hải Phòng trực thuộc Văn phòng Ủy ban nhân dân thành phố", ["cong-nghe-thong-tin", "bo-may-hanh-chinh"],
     None, []),
    ("kh-cds-2026-hp", "ke-hoach", "45/KH-UBND", "ubnd-hai-phong", "20/01/2026", None,
     "Kế hoạch chuyển đổi số thành phố Hải Phòng năm 2026", ["cong-nghe-thong-tin"], None, []),
    ("ct-an-ninh-hp", "chi-thi", "05/CT-UBND", "ubnd-hai-phong", "14/03/2026", "14/03/2026",
     "Về tăng cường bảo đảm an toàn, an ninh mạng trong các cơ quan hành chính nhà nước thành phố",
     ["an-ninh-mang"], None, [("can-cu", "l24-2018", "")]),
]

BASES_218 = [
    "l65-2025", "l64-2025", "l63-2020", "l67-2006", "l86-2015", "l24-2018", "nd85-2016", "nd09-2017",
    "nd42-2022", "tt22-2023", "qd139-2025-hp", "ttr17-2025",
]

WARD = [
    ("ttr17-2025", "to-trinh", "17/TTr-VP", "vp-duong-kinh", "06/08/2025", None,
     "Đề nghị ban hành Quy chế quản lý, vận hành và khai thác Hệ thống Cổng Thông tin điện tử phường Dương Kinh",
     ["cong-nghe-thong-tin"], "vu-thi-lan", []),
    ("qd218-2025", "quyet-dinh", "218/2025/QĐ-UBND", "ubnd-duong-kinh", "06/08/2025", "16/08/2025",
     "Ban hành Quy chế quản lý, vận hành và khai thác Hệ thống Cổng Thông tin điện tử phường Dương Kinh",
     ["cong-nghe-thong-tin", "thong-tin-bao-chi"], "dang-xuan-dien",
     [("can-cu", key, "") for key in BASES_218]),
    ("nq01-2025", "nghi-quyet", "01/NQ-HĐND", "hdnd-duong-kinh", "01/07/2025", "01/07/2025",
     "Về việc bầu Chủ tịch, Phó Chủ tịch Ủy ban nhân dân phường Dương Kinh nhiệm kỳ 2021 – 2026",
     ["bo-may-hanh-chinh"], "pham-minh-tuan", [("can-cu", "l65-2025", "")]),
    ("qd01-2025", "quyet-dinh", "01/QĐ-UBND", "ubnd-duong-kinh", "01/07/2025", "01/07/2025",
     "Về việc thành lập các phòng chuyên môn thuộc Ủy ban nhân dân phường Dương Kinh", ["bo-may-hanh-chinh"],
     "dang-xuan-dien", [("can-cu", "l65-2025", "")]),
    ("qd12-2025", "quyet-dinh", "12/QĐ-UBND", "ubnd-duong-kinh", "08/07/2025", "08/07/2025",
     "Ban hành Quy chế làm việc của Ủy ban nhân dân phường Dương Kinh nhiệm kỳ 2021 – 2026",
     ["bo-may-hanh-chinh"], "dang-xuan-dien", [("can-cu", "l65-2025", "")]),
    ("qd15-2025", "quyet-dinh", "15/QĐ-UBND", "ubnd-duong-kinh", "10/07/2025", "10/07/2025",
     "Về việc thành lập Trung tâm Phục vụ hành chính công phường Dương Kinh", ["bo-may-hanh-chinh"],
     "dang-xuan-dien", []),
    ("kh25-2025", "ke-hoach", "25/KH-UBND", "ubnd-duong-kinh", "21/07/2025", None,
     "Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật 6 tháng cuối năm 2025", ["van-hoa-xa-hoi"],
     "tran-thi-thu-ha", []),
    ("tb30-2025", "thong-bao", "30/TB-UBND", "ubnd-duong-kinh", "25/07/2025", None,
     "Thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân phường", ["bo-may-hanh-chinh"],
     "vu-thi-lan", []),
    ("cv45-2025", "cong-van", "45/UBND-VP", "ubnd-duong-kinh", "30/07/2025", None,
     "Về việc sử dụng hộp thư điện tử công vụ và trục liên thông văn bản", ["cong-nghe-thong-tin"],
     "nguyen-van-hung", []),
    ("qd230-2025", "quyet-dinh", "230/QĐ-UBND", "ubnd-duong-kinh", "15/08/2025", "15/08/2025",
     "Về việc kiện toàn Ban Biên tập Cổng Thông tin điện tử phường Dương Kinh", ["cong-nghe-thong-tin"],
     "dang-xuan-dien", [("can-cu", "qd218-2025", "Điều 9 Quy chế")]),
    ("kh40-2025", "ke-hoach", "40/KH-UBND", "ubnd-duong-kinh", "20/08/2025", None,
     "Kế hoạch triển khai Quy chế quản lý, vận hành và khai thác Hệ thống Cổng Thông tin điện tử phường",
     ["cong-nghe-thong-tin"], "nguyen-van-hung", [("huong-dan", "qd218-2025", "")]),
    ("qd245-2025", "quyet-dinh", "245/QĐ-UBND", "ubnd-duong-kinh", "28/08/2025", "28/08/2025",
     "Ban hành Quy định về chế độ nhuận bút, thù lao đối với tin, bài đăng trên Cổng Thông tin điện tử phường",
     ["cong-nghe-thong-tin", "tai-chinh-ngan-sach"], "dang-xuan-dien",
     [("can-cu", "qd218-2025", "Điều 13 Quy chế")]),
    ("ct02-2025", "chi-thi", "02/CT-UBND", "ubnd-duong-kinh", "05/09/2025", "05/09/2025",
     "Về tăng cường công tác phòng cháy, chữa cháy tại khu dân cư và cơ sở kinh doanh",
     ["quoc-phong-an-ninh"], "dang-xuan-dien", []),
    ("kh52-2025", "ke-hoach", "52/KH-UBND", "ubnd-duong-kinh", "12/09/2025", None,
     "Kế hoạch phòng, chống dịch sốt xuất huyết trên địa bàn phường năm 2025", ["y-te-giao-duc"],
     "tran-thi-thu-ha", []),
    ("tb61-2025", "thong-bao", "61/TB-UBND", "ubnd-duong-kinh", "26/09/2025", None,
     "Thông báo kết luận của Chủ tịch Ủy ban nhân dân phường tại buổi làm việc về công tác giải phóng mặt "
     "bằng dự án tuyến đường ven biển", ["dat-dai", "xay-dung-do-thi"], "vu-thi-lan", []),
    ("qd301-2025", "quyet-dinh", "301/QĐ-UBND", "ubnd-duong-kinh", "03/10/2025", "03/10/2025",
     "Về việc phê duyệt phương án bồi thường, hỗ trợ và tái định cư khi Nhà nước thu hồi đất thực hiện dự án "
     "mở rộng đường Mạc Đăng Doanh", ["dat-dai"], "nguyen-van-hung", []),
    ("cv188-2025", "cong-van", "188/UBND-KT", "ubnd-duong-kinh", "14/10/2025", None,
     "Về việc rà soát, cập nhật dữ liệu đất đai phục vụ xây dựng cơ sở dữ liệu đất đai quốc gia",
     ["dat-dai", "cong-nghe-thong-tin"], "nguyen-van-hung", []),
    ("kh70-2025", "ke-hoach", "70/KH-UBND", "ubnd-duong-kinh", "20/10/2025", None,
     "Kế hoạch bảo đảm an toàn thông tin mạng cho hệ thống thông tin của Ủy ban nhân dân phường",
     ["an-ninh-mang"], "nguyen-van-hung", [("can-cu", "nd85-2016", ""), ("can-cu", "tt12-2022", "")]),
    ("nq15-2025", "nghi-quyet", "15/NQ-HĐND", "hdnd-duong-kinh", "10/12/2025", "10/12/2025",
     "Về dự toán thu, chi ngân sách phường Dương Kinh năm 2026", ["tai-chinh-ngan-sach"],
     "pham-minh-tuan", []),
    ("qd402-2025", "quyet-dinh", "402/QĐ-UBND", "ubnd-duong-kinh", "15/12/2025", "15/12/2025",
     "Về việc giao dự toán thu, chi ngân sách năm 2026 cho các đơn vị thuộc phường",
     ["tai-chinh-ngan-sach"], "dang-xuan-dien", [("can-cu", "nq15-2025", "")]),
    ("kh88-2025", "ke-hoach", "88/KH-UBND", "ubnd-duong-kinh", "22/12/2025", None,
     "Kế hoạch tổ chức các hoạt động mừng Đảng, mừng Xuân Bính Ngọ năm 2026", ["van-hoa-xa-hoi"],
     "tran-thi-thu-ha", []),
    ("kh05-2026", "ke-hoach", "05/KH-UBND", "ubnd-duong-kinh", "08/01/2026", None,
     "Kế hoạch cải cách hành chính phường Dương Kinh năm 2026", ["bo-may-hanh-chinh"], "dang-xuan-dien", []),
    ("kh09-2026", "ke-hoach", "09/KH-UBND", "ubnd-duong-kinh", "15/01/2026", None,
     "Kế hoạch chuyển đổi số phường Dương Kinh năm 2026", ["cong-nghe-thong-tin"], "nguyen-van-hung",
     [("can-cu", "kh-cds-2026-hp", "")]),
    ("tb12-2026", "thong-bao", "12/TB-UBND", "ubnd-duong-kinh", "02/02/2026", None,
     "Thông báo lịch nghỉ Tết Nguyên đán Bính Ngọ và bố trí trực tại Bộ phận một cửa",
     ["bo-may-hanh-chinh"], "vu-thi-lan", []),
    ("qd35-2026", "quyet-dinh", "35/QĐ-UBND", "ubnd-duong-kinh", "02/03/2026", "02/03/2026",
     "Ban hành Danh mục thông tin phải công khai trên Cổng Thông tin điện tử phường năm 2026",
     ["thong-tin-bao-chi"], "dang-xuan-dien", [("can-cu", "l104-2016", ""), ("can-cu", "qd218-2025", "")]),
    ("cv52-2026", "cong-van", "52/UBND-VP", "ubnd-duong-kinh", "10/03/2026", None,
     "Về việc cung cấp thông tin cho Cổng Thông tin điện tử phường", ["thong-tin-bao-chi"],
     "vu-thi-lan", [("huong-dan", "qd218-2025", "Điều 7 Quy chế")]),
    ("kh21-2026", "ke-hoach", "21/KH-UBND", "ubnd-duong-kinh", "18/03/2026", None,
     "Kế hoạch tổ chức ra quân tổng vệ sinh môi trường, xây dựng phường sáng – xanh – sạch – đẹp",
     ["tai-nguyen-moi-truong"], "tran-thi-thu-ha", []),
    ("qd88-2026", "quyet-dinh", "88/QĐ-UBND", "ubnd-duong-kinh", "06/04/2026", "06/04/2026",
     "Về việc công bố danh mục thủ tục hành chính thực hiện tại Trung tâm Phục vụ hành chính công phường",
     ["bo-may-hanh-chinh"], "dang-xuan-dien", []),
    ("tb40-2026", "thong-bao", "40/TB-UBND", "ubnd-duong-kinh", "20/04/2026", None,
     "Thông báo tuyển dụng viên chức làm việc tại Trung tâm Phục vụ hành chính công phường năm 2026",
     ["bo-may-hanh-chinh"], "vu-thi-lan", []),
    ("kh33-2026", "ke-hoach", "33/KH-UBND", "ubnd-duong-kinh", "05/05/2026", None,
     "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026", ["quoc-phong-an-ninh"],
     "nguyen-van-hung", []),
    ("qd120-2026", "quyet-dinh", "120/QĐ-UBND", "ubnd-duong-kinh", "25/05/2026", "25/05/2026",
     "Về việc sửa đổi, bổ sung Quyết định số 230/QĐ-UBND về việc kiện toàn Ban Biên tập Cổng Thông tin điện tử "
     "phường", ["cong-nghe-thong-tin"], "dang-xuan-dien", [("sua-doi", "qd230-2025", "Điều 1")]),
    ("cv140-2026", "cong-van", "140/UBND-VP", "ubnd-duong-kinh", "08/07/2026", None,
     "Về việc triển khai Nghị định số 224/2026/NĐ-CP và Nghị định số 244/2026/NĐ-CP của Chính phủ",
     ["cong-nghe-thong-tin", "thong-tin-bao-chi"], "nguyen-van-hung",
     [("huong-dan", "nd224-2026", ""), ("huong-dan", "nd244-2026", "")]),
    ("qd160-2026", "quyet-dinh", "160/QĐ-UBND", "ubnd-duong-kinh", "15/07/2026", "15/07/2026",
     "Ban hành Quy chế phát ngôn và cung cấp thông tin cho báo chí của Ủy ban nhân dân phường Dương Kinh",
     ["thong-tin-bao-chi"], "dang-xuan-dien", [("can-cu", "nd244-2026", "")]),
    ("kh48-2026", "ke-hoach", "48/KH-UBND", "ubnd-duong-kinh", "03/08/2026", None,
     "Kế hoạch rà soát, cập nhật Quy chế quản lý, vận hành Cổng Thông tin điện tử phường theo Nghị định số "
     "224/2026/NĐ-CP", ["cong-nghe-thong-tin"], "nguyen-van-hung",
     [("can-cu", "nd224-2026", ""), ("huong-dan", "qd218-2025", "")]),
    ("tb75-2026", "thong-bao", "75/TB-UBND", "ubnd-duong-kinh", "20/08/2026", None,
     "Thông báo kết quả lấy ý kiến Nhân dân về dự thảo quy định quản lý trật tự xây dựng trên địa bàn phường",
     ["xay-dung-do-thi"], "vu-thi-lan", []),
    ("kh60-2026", "ke-hoach", "60/KH-UBND", "ubnd-duong-kinh", "04/09/2026", None,
     "Kế hoạch tổ chức năm học 2026 – 2027 và bảo đảm an toàn trường học trên địa bàn phường",
     ["y-te-giao-duc"], "tran-thi-thu-ha", []),
    ("qd210-2026", "quyet-dinh", "210/QĐ-UBND", "ubnd-duong-kinh", "18/09/2026", "18/09/2026",
     "Ban hành Quy chế bảo vệ dữ liệu cá nhân trong hoạt động của Ủy ban nhân dân phường",
     ["du-lieu-ca-nhan"], "dang-xuan-dien", [("can-cu", "l91-2025", ""), ("can-cu", "nd356-2025", "")]),
    ("cv260-2026", "cong-van", "260/UBND-KT", "ubnd-duong-kinh", "12/10/2026", None,
     "Về việc đôn đốc thu nộp ngân sách nhà nước những tháng cuối năm 2026", ["tai-chinh-ngan-sach"],
     "nguyen-van-hung", []),
    ("qd250-2026", "quyet-dinh", "250/2026/QĐ-UBND", "ubnd-duong-kinh", "05/11/2026", "01/12/2026",
     "Ban hành Quy định quản lý trật tự xây dựng trên địa bàn phường Dương Kinh", ["xay-dung-do-thi"],
     "dang-xuan-dien", []),
    ("tb98-2026", "thong-bao", "98/TB-UBND", "ubnd-duong-kinh", "16/11/2026", None,
     "Thông báo lịch tiếp công dân của lãnh đạo Ủy ban nhân dân phường tháng 12 năm 2026",
     ["bo-may-hanh-chinh"], "vu-thi-lan", [("thay-the", "tb30-2025", "")]),
]

EXPIRES = {"kh25-2025": "31/12/2025", "kh88-2025": "28/02/2026"}
PORTAL_RECIPIENT = {"qd218-2025", "qd230-2025", "kh40-2025", "qd35-2026", "cv52-2026", "qd120-2026", "kh48-2026"}
# fmt: on


def markdown_to_html(text):
    """The small Markdown of the seed file as rich text: headings, bold/italic, lists, paragraphs."""

    def inline(value):
        value = escape(value.rstrip("\\").rstrip(), quote=False)
        value = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", value)
        return re.sub(r"\*(.+?)\*", r"<i>\1</i>", value)

    html, paragraph, items = [], [], []

    def flush():
        if paragraph:
            html.append("<p>" + "<br/>".join(paragraph) + "</p>")
            paragraph.clear()
        if items:
            html.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            items.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line or line == "---":
            flush()
        elif line.startswith("#"):
            flush()
            level = min(4, max(2, len(line) - len(line.lstrip("#"))))
            html.append(f"<h{level}>{inline(line.lstrip('#').strip())}</h{level}>")
        elif line.startswith("- "):
            if paragraph:
                flush()
            items.append(inline(line[2:]))
        else:
            if items:
                flush()
            paragraph.append(inline(line))
    flush()
    return "".join(html)


def _taxonomies(s):
    types = {item.slug: item for item in DocumentType.objects.all()}
    issuers = {}
    for order, (slug, (name, level)) in enumerate(ISSUERS.items()):
        issuers[slug], _ = Issuer.objects.get_or_create(
            slug=slug, defaults={"name": name, "level": level, "sort_order": (order + 1) * 10}
        )
    fields = {}
    for order, (slug, name) in enumerate(FIELDS.items()):
        fields[slug], _ = LegalField.objects.get_or_create(
            slug=slug, defaults={"name": name, "sort_order": (order + 1) * 10}
        )
    signers = {}
    for order, (slug, (name, position)) in enumerate(SIGNERS.items()):
        signers[slug], _ = Signer.objects.get_or_create(
            slug=slug, defaults={"name": name, "position": position, "sort_order": (order + 1) * 10}
        )
    return types, issuers, fields, signers


def _attachments(s, key):
    if key == "qd218-2025":
        from .regulation import regulation_pdf

        return [LegalDocumentAttachment(file=regulation_pdf(s), title="Quyết định và Quy chế (bản scan)")]
    return []


def build(s, home):
    if any(key.startswith("deleted_") for key in s.counts):  # --reset: the sample files are gone
        LegalDocument.objects.filter(is_sample_content=True).delete()
    types, issuers, fields, signers = _taxonomies(s)
    known = {}
    # Every document of the sample issuers, sample or not: a real record with the same number wins.
    existing = {
        (doc.issuer_id, doc.number): doc
        for doc in LegalDocument.objects.filter(issuer__slug__in=ISSUERS.keys())
    }
    created = 0
    for spec in NATIONAL + CITY + WARD:
        key, type_slug, number, issuer_slug, issued, effective, summary, field_slugs, signer, relations = spec
        issuer = issuers[issuer_slug]
        found = existing.get((issuer.pk, number))
        if found is not None:
            known[key] = found
            continue
        document = LegalDocument(
            number=number,
            document_type=types[type_slug],
            issuer=issuer,
            signer=signers.get(signer) if signer else None,
            issued_on=d(issued),
            effective_on=d(effective) if effective else None,
            expires_on=d(EXPIRES[key]) if key in EXPIRES else None,
            summary=summary,
            portal_is_recipient=key in PORTAL_RECIPIENT,
            full_text=markdown_to_html(QD218_TEXT) if key == "qd218-2025" else "",
            is_sample_content=True,
            live=False,
        )
        document.fields = [fields[slug] for slug in field_slugs]
        document.attachments = _attachments(s, key)
        document.relations = [
            LegalDocumentRelation(kind=kind, target=known[target], note=note)
            for kind, target, note in relations
            if target in known
        ]
        document.save()
        revision = document.save_revision(clean=False)
        revision.publish(skip_permission_checks=True)
        s.created.append(document)
        known[key] = document
        created += 1
    s.counts["legal_documents"] += created
    if created:
        s.say(f"  {created} văn bản mới")
