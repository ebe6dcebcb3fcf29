"""The pages and legal documents the search tests search: the ward's content the behaviour table names
(tests/search/cases.py), pages that share some of their words, the pages with invented words (Zeta, Omega,
987/2031) and the legal documents of the document cases. Text taken from the ward's kind of content.
"""

import datetime

from django.utils import timezone

from tests.factories import blocks
from tests.factories import sections as f
from tests.factories.core import portal_section
from tests.factories.legal_docs import (
    DocumentTypeFactory,
    IssuerFactory,
    LegalDocumentFactory,
    LegalFieldFactory,
    SignerFactory,
)

from . import cases as c


def published(year, month, day):
    return {
        "date": datetime.date(year, month, day),
        "first_published_at": timezone.make_aware(datetime.datetime(year, month, day, 9, 0)),
    }


def news(title, summary, *paragraphs, year=2026, month=5, day=1, **fields):
    """A news article published on the given day (the search's year facet reads the publication date)."""
    body = [blocks.paragraph(*paragraphs)] if paragraphs else []
    return f.NewsPageFactory(title=title, summary=summary, body=body, **published(year, month, day), **fields)


def procedure(title, field, steps, documents, result):
    return f.ProcedurePageFactory(
        title=title,
        field=field,
        steps="<ol>" + "".join(f"<li>{step}</li>" for step in steps) + "</ol>",
        required_documents="<ul>" + "".join(f"<li>{document}</li>" for document in documents) + "</ul>",
        result=result,
    )


def build_zeta_pages():
    """Pages whose words appear nowhere else (Zeta, Omega, 987/2031, Đồng Tháp Thứ Mười)."""
    return {
        "ban_exact": news(c.ZETA_BAN, "Người dân mang nông sản sạch đến chợ phiên Zeta bán cho khách."),
        "ban_plain": news(c.ZETA_BAN_QUAN_LY, "Ban quản lý chợ phiên Zeta họp định kỳ với tiểu thương."),
        "decision": news(
            c.DECISION, "Ban hành kèm theo Quyết định số 987/2031/QĐ-UBND quy chế chợ phiên Omega.", year=2031
        ),
        "other_decision": news(
            c.OMEGA_987, "Năm 2031 chợ phiên Omega mở rộng lên 987 gian hàng và một nhà điều hành."
        ),
        "dong_thap": news(
            c.DONG_THAP, "Đoàn đại biểu tỉnh Đồng Tháp Thứ Mười trao đổi kinh nghiệm đào tạo nghề."
        ),
    }


def build_ward_pages():
    """The pages of the behaviour table, and pages that share words with them, by title."""
    pages = [
        procedure(
            c.KHAI_SINH,
            "Hộ tịch",
            [
                "Người yêu cầu nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia hoặc trực tiếp tại Trung "
                "tâm Phục vụ hành chính công phường.",
                "Công chức tư pháp - hộ tịch kiểm tra hồ sơ; nếu hợp lệ thì ghi vào Sổ đăng ký khai sinh, "
                "cập nhật Cơ sở dữ liệu hộ tịch điện tử.",
                "Chủ tịch Ủy ban nhân dân phường ký Giấy khai sinh; người yêu cầu nhận kết quả trực tiếp, "
                "qua bưu chính hoặc bản điện tử.",
            ],
            [
                "Tờ khai đăng ký khai sinh theo mẫu.",
                "Giấy chứng sinh (hoặc văn bản của người làm chứng xác nhận về việc sinh).",
                "Giấy chứng nhận kết hôn của cha, mẹ (nếu có và thông tin chưa có trong cơ sở dữ liệu).",
            ],
            "Giấy khai sinh (bản chính, bản điện tử).",
        ),
        procedure(
            c.KET_HON,
            "Hộ tịch",
            [
                "Hai bên nam, nữ nộp hồ sơ trực tuyến hoặc trực tiếp tại Trung tâm Phục vụ hành chính công "
                "phường.",
                "Công chức tư pháp - hộ tịch kiểm tra điều kiện kết hôn theo Luật Hôn nhân và gia đình.",
                "Hai bên nam, nữ có mặt, ký vào Giấy chứng nhận kết hôn và Sổ đăng ký kết hôn; Chủ tịch Ủy "
                "ban nhân dân phường trao Giấy chứng nhận kết hôn.",
            ],
            [
                "Tờ khai đăng ký kết hôn theo mẫu (hai bên có thể khai chung một tờ khai).",
                "Giấy xác nhận tình trạng hôn nhân (nếu đăng ký kết hôn tại nơi không phải nơi thường trú).",
                "Giấy tờ tùy thân của hai bên.",
            ],
            "Giấy chứng nhận kết hôn.",
        ),
        procedure(
            c.KHAI_TU,
            "Hộ tịch",
            [
                "Người thân thích của người chết nộp hồ sơ trong thời hạn 15 ngày kể từ ngày có người chết.",
                "Công chức tư pháp - hộ tịch kiểm tra, ghi vào Sổ đăng ký khai tử, cập nhật Cơ sở dữ liệu hộ "
                "tịch điện tử.",
                "Chủ tịch Ủy ban nhân dân phường cấp Trích lục khai tử cho người yêu cầu.",
            ],
            [
                "Tờ khai đăng ký khai tử theo mẫu.",
                "Giấy báo tử hoặc giấy tờ thay thế giấy báo tử do cơ quan có thẩm quyền cấp.",
            ],
            "Trích lục khai tử.",
        ),
        procedure(
            c.CHUNG_THUC,
            "Chứng thực",
            [
                "Người yêu cầu xuất trình bản chính và bản chụp (hoặc đề nghị chụp) tại Trung tâm Phục vụ "
                "hành chính công phường.",
                "Người thực hiện chứng thực đối chiếu bản chụp với bản chính, ghi lời chứng, ký và đóng dấu.",
            ],
            ["Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao.", "Bản sao cần chứng thực."],
            "Bản sao có chứng thực.",
        ),
        procedure(
            "Chứng thực chữ ký trong các giấy tờ, văn bản",
            "Chứng thực",
            [
                "Người yêu cầu xuất trình giấy tờ tùy thân và giấy tờ, văn bản cần chứng thực chữ ký.",
                "Người yêu cầu ký trước mặt người thực hiện chứng thực; người thực hiện chứng thực ghi lời "
                "chứng, ký và đóng dấu.",
            ],
            ["Giấy tờ tùy thân còn giá trị sử dụng.", "Giấy tờ, văn bản cần chứng thực chữ ký."],
            "Giấy tờ, văn bản được chứng thực chữ ký.",
        ),
        procedure(
            c.HOA_GIAI,
            "Đất đai",
            [
                "Người có tranh chấp nộp đơn yêu cầu hòa giải tại Trung tâm Phục vụ hành chính công phường.",
                "Ủy ban nhân dân phường thẩm tra, xác minh nguyên nhân tranh chấp, thu thập giấy tờ liên "
                "quan.",
                "Thành lập Hội đồng hòa giải, tổ chức cuộc họp hòa giải có sự tham gia của các bên; lập biên "
                "bản hòa giải thành hoặc không thành.",
            ],
            [
                "Đơn yêu cầu hòa giải tranh chấp đất đai.",
                "Giấy tờ, tài liệu có liên quan đến thửa đất tranh chấp (nếu có).",
            ],
            "Biên bản hòa giải thành hoặc hòa giải không thành.",
        ),
        news(
            c.TIEM_CHUNG,
            "Trạm Y tế phường tổ chức tiêm chủng định kỳ vào ngày 25 hằng tháng, bảo đảm an toàn.",
            "Trạm Y tế phường thông báo lịch tiêm chủng mở rộng định kỳ cho trẻ em dưới 5 tuổi và phụ nữ có "
            "thai.",
            month=3,
        ),
        news(
            c.BONG_CHUYEN,
            "Giải đấu có 10 đội tham gia, góp phần phong trào rèn luyện thân thể trong người cao tuổi.",
            "Hội Người cao tuổi phường tổ chức giải bóng chuyền hơi với sự tham gia của 10 đội từ các chi "
            "hội.",
            month=4,
        ),
        news(
            c.HUY_HIEU,
            "Đảng ủy phường trao Huy hiệu 30, 40, 50, 60 năm tuổi Đảng cho 35 đảng viên.",
            "Đảng ủy phường Dương Kinh tổ chức lễ trao Huy hiệu Đảng cho 35 đảng viên.",
            month=2,
        ),
        news(
            c.QUAN_SU,
            "Hội đồng nghĩa vụ quân sự phường tổ chức sơ tuyển cho công dân trong độ tuổi gọi nhập ngũ.",
            "Hội đồng nghĩa vụ quân sự phường tổ chức sơ tuyển, khám sức khỏe cho công dân sẵn sàng nhập "
            "ngũ.",
            month=1,
            day=10,
        ),
        news(
            c.RAC_THAI,
            "Đơn vị vệ sinh môi trường thu gom miễn phí đồ dùng cũ, rác cồng kềnh vào sáng thứ Bảy cuối "
            "tháng.",
            "Ủy ban nhân dân phường thông báo tổ chức thu gom rác thải cồng kềnh tại điểm tập kết của từng "
            "tổ dân phố.",
            month=6,
        ),
        news(
            c.MAT_TRAN,
            "Tỷ lệ gia đình đạt danh hiệu gia đình văn hóa tiếp tục được duy trì ở mức cao.",
            "Ủy ban Mặt trận Tổ quốc Việt Nam phường tổ chức hội nghị đánh giá cuộc vận động “Toàn dân đoàn "
            "kết xây dựng đời sống văn hóa”.",
            month=7,
        ),
        news(
            c.TY_LE_99,
            "Sau một năm vận hành, Trung tâm tiếp nhận hàng chục nghìn hồ sơ, tỷ lệ nộp trực tuyến ngày càng "
            "tăng.",
            "Trung tâm Phục vụ hành chính công phường đã tiếp nhận hơn 12.000 hồ sơ thủ tục hành chính, "
            "trong đó trên 99% được giải quyết đúng và trước hạn.",
            month=7,
            day=2,
        ),
        news(
            c.LUA_DAO,
            "Công an phường khuyến cáo người dân không cung cấp mã OTP, không chuyển tiền cho người lạ.",
            "Các đối tượng giả danh cơ quan công an, cán bộ phường, nhân viên ngân hàng gọi điện yêu cầu "
            "chuyển tiền hoặc cài đặt ứng dụng lạ.",
            month=8,
        ),
        news(
            c.CHUYEN_DOI_SO,
            "Phường đặt mục tiêu 100% văn bản điều hành được ký số, phần lớn hồ sơ được tiếp nhận trực "
            "tuyến.",
            "Ủy ban nhân dân phường Dương Kinh ban hành kế hoạch chuyển đổi số với ba trụ cột: chính quyền "
            "số, kinh tế số và xã hội số.",
            month=1,
            day=20,
        ),
        news(
            c.DAN_QUAN,
            "Lực lượng dân quân được huấn luyện điều lệnh, kỹ thuật cứu hộ, cứu nạn và phòng chống thiên "
            "tai.",
            "Ban Chỉ huy quân sự phường tổ chức huấn luyện cho lực lượng dân quân tự vệ năm 2026.",
            month=3,
            day=15,
        ),
        news(
            "Hội nghị triển khai nhiệm vụ quốc phòng, quân sự địa phương năm 2026",
            "Ban Chỉ huy quân sự phường triển khai nhiệm vụ huấn luyện dân quân và tuyển quân.",
            "Hội nghị giao chỉ tiêu tuyển quân và kế hoạch huấn luyện lực lượng dân quân tự vệ.",
            month=1,
            day=5,
        ),
        news(
            "Đoàn Thanh niên phường hỗ trợ người dân cài đặt ứng dụng VNeID",
            "Đoàn viên thanh niên hướng dẫn người dân dùng dịch vụ công trực tuyến và thanh toán không tiền "
            "mặt.",
            "Hoạt động nằm trong kế hoạch chuyển đổi số của phường, phục vụ người cao tuổi tại các tổ dân "
            "phố.",
            month=5,
            day=20,
        ),
        news(
            "Phường Dương Kinh vận hành Cổng Thông tin điện tử theo quy chế mới",
            "Cổng Thông tin điện tử phường hoạt động theo Quy chế ban hành kèm theo Quyết định số "
            "218/2025/QĐ-UBND.",
            "Thực hiện Quyết định số 218/2025/QĐ-UBND ngày 06/8/2025 của Ủy ban nhân dân phường, Ban Biên "
            "tập tiếp nhận tin, bài qua thư điện tử và trang Facebook của Cổng.",
            year=2025,
            month=8,
            day=20,
        ),
        # "phương án" folds to the same letters as "phường": these pages share the query "phuong".
        f.ConsultationPageFactory(
            title="Lấy ý kiến Nhân dân về phương án đặt tên đường, phố trên địa bàn phường",
            summary="Lấy ý kiến về phương án đặt tên 06 tuyến đường và 04 tuyến phố mới trên địa bàn phường.",
            body=[
                blocks.paragraph(
                    "Ủy ban nhân dân phường lấy ý kiến Nhân dân về phương án đặt tên các tuyến đường, phố "
                    "mới."
                )
            ],
            **published(2026, 6, 10),
        ),
        f.ProjectPageFactory(
            title="Phương án bồi thường, hỗ trợ, tái định cư dự án mở rộng khu tái định cư",
            kind="dat-dai",
            status="chuan-bi",
            summary="Công khai phương án bồi thường, hỗ trợ cho các hộ dân bị thu hồi đất.",
            objective="Bố trí quỹ đất tái định cư cho các hộ dân bị thu hồi đất trên địa bàn phường.",
            field="Đất đai, giải phóng mặt bằng",
            **published(2026, 2, 20),
        ),
        news(
            "Công khai phương án bồi thường dự án mở rộng khu tái định cư",
            "Ủy ban nhân dân phường niêm yết công khai phương án bồi thường tại nhà văn hóa các tổ dân phố.",
            "Người dân góp ý về phương án trong thời hạn 20 ngày kể từ ngày niêm yết.",
            month=2,
            day=21,
        ),
        f.LegalDisseminationPageFactory(
            title=c.DU_LIEU,
            summary="Luật Bảo vệ dữ liệu cá nhân có hiệu lực từ ngày 01/01/2026; người dân có quyền được "
            "biết, đồng ý, yêu cầu xóa dữ liệu.",
            body=[
                blocks.paragraph(
                    "Luật Bảo vệ dữ liệu cá nhân quy định quyền và nghĩa vụ của chủ thể dữ liệu, trách nhiệm "
                    "của cơ quan, tổ chức xử lý dữ liệu cá nhân."
                )
            ],
            **published(2026, 1, 8),
        ),
        f.RecruitmentPageFactory(
            title=c.VIEN_CHUC,
            summary="Tuyển 06 chỉ tiêu viên chức: 02 điều dưỡng, 01 dược sĩ, 03 giáo viên mầm non.",
            body=[
                blocks.paragraph(
                    "Người dự tuyển nộp Phiếu đăng ký dự tuyển theo mẫu tại Văn phòng HĐND và UBND phường."
                )
            ],
            **published(2026, 4, 10),
        ),
        f.StatisticsPageFactory(
            title=c.HO_NGHEO,
            summary="Kết quả rà soát hộ nghèo, hộ cận nghèo hằng năm theo chuẩn nghèo đa chiều.",
            body=[
                blocks.paragraph("Số hộ nghèo, hộ cận nghèo và tỷ lệ so với tổng số hộ sau rà soát cuối năm.")
            ],
            **published(2026, 1, 12),
        ),
        f.QuestionPageFactory(
            title=c.CAN_CUOC,
            field="Căn cước, cư trú",
            question="Con tôi 10 tuổi, tôi muốn làm căn cước cho cháu để đi máy bay. Tôi đưa cháu đến đâu?",
            answer="<p>Theo Luật Căn cước năm 2023, công dân dưới 14 tuổi được cấp căn cước theo nhu cầu tại "
            "Công an phường.</p>",
            answered_by="Công an phường",
        ),
        f.QuestionPageFactory(
            title=c.GIAY_PHEP,
            field="Xây dựng",
            question="Gia đình tôi muốn xây nhà 3 tầng trên đất ở đã có sổ đỏ. Tôi có cần xin giấy phép xây "
            "dựng không, nộp hồ sơ ở đâu?",
            answer="<p>Nhà ở riêng lẻ tại khu vực đô thị phải có giấy phép xây dựng trước khi khởi công; ông "
            "nộp hồ sơ tại Trung tâm Phục vụ hành chính công phường.</p>",
            answered_by="Phòng Kinh tế, Hạ tầng và Đô thị",
        ),
        f.QuestionPageFactory(
            title="Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn",
            field="Hộ tịch",
            question="Vợ chồng tôi chưa đăng ký kết hôn, nay sinh con thì có đăng ký khai sinh cho cháu được "
            "không?",
            answer="<p>Chị vẫn đăng ký khai sinh cho cháu tại Ủy ban nhân dân phường; nếu muốn ghi thông tin "
            "người cha, anh chị kết hợp đăng ký khai sinh và đăng ký nhận cha, con.</p>",
            answered_by="Công chức tư pháp - hộ tịch",
        ),
        f.StandardPageFactory(
            parent=portal_section("tiep-can-thong-tin"),
            title="Hướng dẫn yêu cầu cung cấp thông tin",
            summary="Công dân yêu cầu cung cấp thông tin trực tiếp tại Văn phòng HĐND và UBND phường, qua "
            "bưu chính hoặc thư điện tử.",
        ),
    ]
    return {page.title: page for page in pages}


def build_documents():
    """The legal documents of the document cases, and other decisions of the ward, by number."""
    ward = IssuerFactory()
    government = IssuerFactory(name="Chính phủ", level="trung-uong")
    assembly = IssuerFactory(name="Quốc hội", level="trung-uong")
    digital = LegalFieldFactory(name="Công nghệ thông tin, chuyển đổi số")
    chairman = SignerFactory(name="Đặng Xuân Điền", position="Chủ tịch")
    decision, decree, law, plan = (
        DocumentTypeFactory(name=name) for name in ("Quyết định", "Nghị định", "Luật", "Kế hoạch")
    )

    def document(number, summary, issued_on, document_type=decision, issuer=ward, **fields):
        return LegalDocumentFactory(
            number=number,
            summary=summary,
            issued_on=issued_on,
            document_type=document_type,
            issuer=issuer,
            signer=chairman if issuer == ward else None,
            fields=[digital],
            **fields,
        )

    documents = [
        document(
            "218/2025/QĐ-UBND",
            "Ban hành Quy chế quản lý, vận hành và khai thác Hệ thống Cổng Thông tin điện tử phường Dương "
            "Kinh",
            datetime.date(2025, 8, 6),
            effective_on=datetime.date(2025, 8, 16),
        ),
        document(
            "01/QĐ-UBND",
            "Về việc thành lập các phòng chuyên môn thuộc Ủy ban nhân dân phường Dương Kinh",
            datetime.date(2025, 7, 1),
        ),
        document(
            "12/QĐ-UBND",
            "Ban hành Quy chế làm việc của Ủy ban nhân dân phường Dương Kinh nhiệm kỳ 2021 – 2026",
            datetime.date(2025, 7, 8),
        ),
        document(
            "35/QĐ-UBND",
            "Ban hành Danh mục thông tin phải công khai trên Cổng Thông tin điện tử phường năm 2026",
            datetime.date(2026, 3, 2),
        ),
        document(
            "42/2022/NĐ-CP",
            "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi "
            "trường mạng",
            datetime.date(2022, 6, 24),
            document_type=decree,
            issuer=government,
            effective_on=datetime.date(2022, 8, 1),
        ),
        document(
            "224/2026/NĐ-CP",
            "Quy định chi tiết một số điều của Luật Chuyển đổi số về cung cấp thông tin và dịch vụ công trực "
            "tuyến của cơ quan nhà nước trên môi trường mạng",
            datetime.date(2026, 6, 24),
            document_type=decree,
            issuer=government,
            effective_on=datetime.date(2026, 7, 1),
        ),
        document(
            "148/2025/QH15",
            "Luật Chuyển đổi số",
            datetime.date(2025, 12, 11),
            document_type=law,
            issuer=assembly,
            effective_on=datetime.date(2026, 7, 1),
        ),
        document(
            "09/KH-UBND",
            "Kế hoạch chuyển đổi số phường Dương Kinh năm 2026",
            datetime.date(2026, 1, 15),
            document_type=plan,
            effective_on=None,
        ),
    ]
    return {document.number: document for document in documents}
