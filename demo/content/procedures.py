"""Thủ tục hành chính: procedures of the ward, each linked to the national public service portal.

Codes are those of the national database of administrative procedures; steps, documents, time limits
and fees are summarised for the sample and must be checked against the published procedure.
"""

from dataclasses import dataclass

from sections.models import ProcedureIndexPage, ProcedurePage

from ..seeder import slugify_vi
from . import common as c

LABEL = "Thủ tục hành chính"
NATIONAL_PROCEDURE_URL = (
    "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}"
)
Level = ProcedurePage.Level

HO_TICH = "Hộ tịch"
CHUNG_THUC = "Chứng thực"
DAT_DAI = "Đất đai"
BAO_TRO = "Bảo trợ xã hội"
NGUOI_CO_CONG = "Người có công"

HO_TICH_BASIS = [
    "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014.",
    "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp "
    "thi hành Luật Hộ tịch.",
    "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành Luật Hộ "
    "tịch.",
]
CHUNG_THUC_BASIS = [
    "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao "
    "từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch.",
    "Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ trưởng Bộ Tư pháp.",
    "Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu phí chứng thực.",
]
BAO_TRO_BASIS = [
    "Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với "
    "đối tượng bảo trợ xã hội.",
    "Nghị định số 76/2024/NĐ-CP ngày 01/7/2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số "
    "20/2021/NĐ-CP.",
]


@dataclass
class Procedure:
    code: str
    title: str
    field: str
    level: str
    steps: list
    documents: list
    processing_time: str
    fees: str
    result: str
    basis: list
    form: str = ""


PROCEDURES = [
    Procedure(
        "1.001193",
        "Đăng ký khai sinh",
        HO_TICH,
        Level.FULL,
        [
            "Người yêu cầu nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia hoặc trực tiếp tại Trung "
            "tâm Phục vụ hành chính công phường.",
            "Công chức tư pháp - hộ tịch kiểm tra hồ sơ; nếu hợp lệ thì ghi vào Sổ đăng ký khai sinh, cập "
            "nhật Cơ sở dữ liệu hộ tịch điện tử.",
            "Chủ tịch Ủy ban nhân dân phường ký Giấy khai sinh; người yêu cầu nhận kết quả trực tiếp, qua "
            "bưu chính hoặc bản điện tử.",
        ],
        [
            "Tờ khai đăng ký khai sinh theo mẫu.",
            "Giấy chứng sinh (hoặc văn bản của người làm chứng xác nhận về việc sinh; giấy cam đoan về "
            "việc sinh nếu không có người làm chứng).",
            "Giấy tờ tùy thân của người đi đăng ký (xuất trình hoặc xác thực qua tài khoản định danh điện "
            "tử).",
            "Giấy chứng nhận kết hôn của cha, mẹ (nếu có và thông tin chưa có trong cơ sở dữ liệu).",
        ],
        "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm "
        "việc tiếp theo.",
        "Miễn lệ phí đăng ký khai sinh đúng hạn.",
        "Giấy khai sinh (bản chính, bản điện tử).",
        HO_TICH_BASIS,
        form="Tờ khai đăng ký khai sinh",
    ),
    Procedure(
        "1.000894",
        "Đăng ký kết hôn",
        HO_TICH,
        Level.PARTIAL,
        [
            "Hai bên nam, nữ nộp hồ sơ trực tuyến hoặc trực tiếp tại Trung tâm Phục vụ hành chính công "
            "phường.",
            "Công chức tư pháp - hộ tịch kiểm tra điều kiện kết hôn theo Luật Hôn nhân và gia đình.",
            "Hai bên nam, nữ có mặt, ký vào Giấy chứng nhận kết hôn và Sổ đăng ký kết hôn; Chủ tịch Ủy ban "
            "nhân dân phường trao Giấy chứng nhận kết hôn.",
        ],
        [
            "Tờ khai đăng ký kết hôn theo mẫu (hai bên có thể khai chung một tờ khai).",
            "Giấy xác nhận tình trạng hôn nhân (nếu đăng ký kết hôn tại nơi không phải nơi thường trú và "
            "thông tin chưa có trong cơ sở dữ liệu).",
            "Giấy tờ tùy thân của hai bên.",
        ],
        "Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh thì không quá 05 ngày làm việc.",
        "Miễn lệ phí đối với đăng ký kết hôn giữa công dân Việt Nam cư trú trong nước.",
        "Giấy chứng nhận kết hôn.",
        HO_TICH_BASIS + ["Luật Hôn nhân và gia đình số 52/2014/QH13 ngày 19/6/2014."],
        form="Tờ khai đăng ký kết hôn",
    ),
    Procedure(
        "1.000656",
        "Đăng ký khai tử",
        HO_TICH,
        Level.FULL,
        [
            "Người thân thích của người chết nộp hồ sơ trong thời hạn 15 ngày kể từ ngày có người chết.",
            "Công chức tư pháp - hộ tịch kiểm tra, ghi vào Sổ đăng ký khai tử, cập nhật Cơ sở dữ liệu hộ "
            "tịch điện tử.",
            "Chủ tịch Ủy ban nhân dân phường cấp Trích lục khai tử cho người yêu cầu.",
        ],
        [
            "Tờ khai đăng ký khai tử theo mẫu.",
            "Giấy báo tử hoặc giấy tờ thay thế giấy báo tử do cơ quan có thẩm quyền cấp.",
            "Giấy tờ tùy thân của người đi đăng ký.",
        ],
        "Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh thì không quá 03 ngày làm việc.",
        "Miễn lệ phí đăng ký khai tử đúng hạn.",
        "Trích lục khai tử.",
        HO_TICH_BASIS,
    ),
    Procedure(
        "1.004873",
        "Cấp Giấy xác nhận tình trạng hôn nhân",
        HO_TICH,
        Level.FULL,
        [
            "Người yêu cầu nộp tờ khai trực tuyến hoặc trực tiếp tại Trung tâm Phục vụ hành chính công "
            "phường nơi thường trú.",
            "Công chức tư pháp - hộ tịch kiểm tra, xác minh tình trạng hôn nhân khi cần.",
            "Chủ tịch Ủy ban nhân dân phường ký Giấy xác nhận tình trạng hôn nhân.",
        ],
        [
            "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu.",
            "Bản án, quyết định ly hôn hoặc trích lục khai tử của vợ/chồng (nếu đã từng kết hôn).",
            "Giấy tờ tùy thân của người yêu cầu.",
        ],
        "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "Lệ phí theo Nghị quyết của Hội đồng nhân dân thành phố Hải Phòng.",
        "Giấy xác nhận tình trạng hôn nhân (có giá trị 06 tháng kể từ ngày cấp).",
        HO_TICH_BASIS,
    ),
    Procedure(
        "1.001022",
        "Đăng ký nhận cha, mẹ, con",
        HO_TICH,
        Level.PARTIAL,
        [
            "Người yêu cầu nộp hồ sơ tại Trung tâm Phục vụ hành chính công phường.",
            "Công chức tư pháp - hộ tịch kiểm tra, niêm yết việc nhận cha, mẹ, con khi cần.",
            "Các bên có mặt ký vào Sổ hộ tịch; Chủ tịch Ủy ban nhân dân phường cấp trích lục.",
        ],
        [
            "Tờ khai đăng ký nhận cha, mẹ, con theo mẫu.",
            "Văn bản của cơ quan y tế, giám định hoặc giấy tờ, tài liệu chứng minh quan hệ cha, mẹ, con.",
            "Giấy tờ tùy thân của các bên.",
        ],
        "03 ngày làm việc kể từ ngày nhận đủ hồ sơ; trường hợp cần xác minh thì không quá 05 ngày làm việc.",
        "Lệ phí theo Nghị quyết của Hội đồng nhân dân thành phố Hải Phòng.",
        "Trích lục đăng ký nhận cha, mẹ, con.",
        HO_TICH_BASIS,
    ),
    Procedure(
        "2.000635",
        "Cấp bản sao trích lục hộ tịch",
        HO_TICH,
        Level.FULL,
        [
            "Người yêu cầu nộp tờ khai trực tuyến hoặc trực tiếp, nêu rõ sự kiện hộ tịch cần cấp bản sao.",
            "Công chức tư pháp - hộ tịch tra cứu Sổ hộ tịch, Cơ sở dữ liệu hộ tịch điện tử.",
            "Chủ tịch Ủy ban nhân dân phường ký bản sao trích lục.",
        ],
        [
            "Tờ khai cấp bản sao trích lục hộ tịch theo mẫu.",
            "Văn bản ủy quyền (nếu nộp thay).",
        ],
        "Ngay trong ngày tiếp nhận yêu cầu; trường hợp nhận sau 15 giờ thì trả kết quả trong ngày làm việc "
        "tiếp theo.",
        "8.000 đồng/bản sao trích lục.",
        "Bản sao trích lục hộ tịch.",
        HO_TICH_BASIS,
    ),
    Procedure(
        "2.000815",
        "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
        CHUNG_THUC,
        Level.OFFLINE,
        [
            "Người yêu cầu xuất trình bản chính và bản chụp (hoặc đề nghị chụp) tại Trung tâm Phục vụ hành "
            "chính công phường.",
            "Người thực hiện chứng thực đối chiếu bản chụp với bản chính, ghi lời chứng, ký và đóng dấu.",
        ],
        [
            "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao.",
            "Bản sao cần chứng thực.",
        ],
        "Trong ngày tiếp nhận yêu cầu; trường hợp nhận sau 15 giờ thì hoàn thành trong ngày làm việc tiếp "
        "theo.",
        "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản.",
        "Bản sao có chứng thực.",
        CHUNG_THUC_BASIS,
    ),
    Procedure(
        "2.000884",
        "Chứng thực chữ ký trong các giấy tờ, văn bản",
        CHUNG_THUC,
        Level.OFFLINE,
        [
            "Người yêu cầu xuất trình giấy tờ tùy thân và giấy tờ, văn bản cần chứng thực chữ ký.",
            "Người yêu cầu ký trước mặt người thực hiện chứng thực (hoặc điểm chỉ nếu không ký được).",
            "Người thực hiện chứng thực ghi lời chứng, ký và đóng dấu.",
        ],
        [
            "Giấy tờ tùy thân còn giá trị sử dụng.",
            "Giấy tờ, văn bản cần chứng thực chữ ký.",
        ],
        "Trong ngày tiếp nhận yêu cầu; trường hợp nhận sau 15 giờ thì hoàn thành trong ngày làm việc tiếp "
        "theo.",
        "10.000 đồng/trường hợp.",
        "Giấy tờ, văn bản được chứng thực chữ ký.",
        CHUNG_THUC_BASIS,
    ),
    Procedure(
        "2.001035",
        "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở",
        CHUNG_THUC,
        Level.OFFLINE,
        [
            "Các bên nộp dự thảo hợp đồng, giao dịch và giấy tờ liên quan tại Trung tâm Phục vụ hành chính "
            "công phường.",
            "Người thực hiện chứng thực kiểm tra năng lực hành vi dân sự, sự tự nguyện của các bên.",
            "Các bên ký trước mặt người thực hiện chứng thực; người thực hiện chứng thực ghi lời chứng, "
            "ký, đóng dấu.",
        ],
        [
            "Dự thảo hợp đồng, giao dịch.",
            "Giấy tờ tùy thân của người yêu cầu.",
            "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở hoặc giấy tờ chứng minh quyền sở hữu "
            "tài sản.",
        ],
        "Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ.",
        "50.000 đồng/hợp đồng, giao dịch; sửa đổi, bổ sung 30.000 đồng/hợp đồng, giao dịch.",
        "Hợp đồng, giao dịch được chứng thực.",
        CHUNG_THUC_BASIS + ["Luật Đất đai số 31/2024/QH15 ngày 18/01/2024."],
    ),
    Procedure(
        "1.012812",
        "Hòa giải tranh chấp đất đai",
        DAT_DAI,
        Level.PARTIAL,
        [
            "Người có tranh chấp nộp đơn yêu cầu hòa giải tại Trung tâm Phục vụ hành chính công phường.",
            "Ủy ban nhân dân phường thẩm tra, xác minh nguyên nhân tranh chấp, thu thập giấy tờ liên quan.",
            "Thành lập Hội đồng hòa giải, tổ chức cuộc họp hòa giải có sự tham gia của các bên; lập biên "
            "bản hòa giải thành hoặc không thành.",
        ],
        [
            "Đơn yêu cầu hòa giải tranh chấp đất đai.",
            "Giấy tờ, tài liệu có liên quan đến thửa đất tranh chấp (nếu có).",
        ],
        "Không quá 30 ngày kể từ ngày nhận được đơn yêu cầu hòa giải.",
        "Không.",
        "Biên bản hòa giải thành hoặc hòa giải không thành.",
        [
            "Luật Đất đai số 31/2024/QH15 ngày 18/01/2024.",
            "Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số "
            "điều của Luật Đất đai.",
        ],
    ),
    Procedure(
        "1.001776",
        "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng",
        BAO_TRO,
        Level.PARTIAL,
        [
            "Đối tượng hoặc người giám hộ nộp tờ khai trực tuyến hoặc trực tiếp tại Trung tâm Phục vụ hành "
            "chính công phường.",
            "Công chức văn hóa - xã hội xem xét hồ sơ, niêm yết công khai danh sách tại trụ sở và tổ dân "
            "phố.",
            "Chủ tịch Ủy ban nhân dân phường quyết định trợ cấp xã hội hàng tháng.",
        ],
        [
            "Tờ khai đề nghị trợ giúp xã hội theo mẫu quy định tại Nghị định số 20/2021/NĐ-CP.",
            "Giấy xác nhận khuyết tật (đối với người khuyết tật) hoặc giấy tờ chứng minh thuộc đối tượng.",
        ],
        "Không quá 10 ngày làm việc kể từ ngày kết thúc niêm yết công khai.",
        "Không.",
        "Quyết định trợ cấp xã hội hàng tháng.",
        BAO_TRO_BASIS,
    ),
    Procedure(
        "1.001731",
        "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
        BAO_TRO,
        Level.PARTIAL,
        [
            "Cơ quan, tổ chức, gia đình hoặc cá nhân đứng ra tổ chức mai táng nộp tờ khai tại Trung tâm "
            "Phục vụ hành chính công phường.",
            "Công chức văn hóa - xã hội kiểm tra hồ sơ, trình Chủ tịch Ủy ban nhân dân phường.",
            "Chủ tịch Ủy ban nhân dân phường quyết định hỗ trợ chi phí mai táng.",
        ],
        [
            "Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu.",
            "Bản sao giấy báo tử hoặc trích lục khai tử.",
        ],
        "Không quá 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "Không.",
        "Quyết định hỗ trợ chi phí mai táng.",
        BAO_TRO_BASIS,
    ),
    Procedure(
        "1.001699",
        "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật",
        BAO_TRO,
        Level.PARTIAL,
        [
            "Người đề nghị nộp đơn tại Trung tâm Phục vụ hành chính công phường.",
            "Hội đồng xác định mức độ khuyết tật tổ chức đánh giá trực tiếp người khuyết tật.",
            "Chủ tịch Ủy ban nhân dân phường cấp Giấy xác nhận khuyết tật.",
        ],
        [
            "Đơn đề nghị xác định mức độ khuyết tật theo mẫu.",
            "Giấy tờ liên quan đến khuyết tật (bệnh án, giấy tờ khám, điều trị, phẫu thuật) nếu có.",
        ],
        "Không quá 25 ngày làm việc kể từ ngày nhận đủ hồ sơ.",
        "Không.",
        "Giấy xác nhận khuyết tật.",
        [
            "Luật Người khuyết tật số 51/2010/QH12 ngày 17/6/2010.",
            "Thông tư số 01/2019/TT-BLĐTBXH ngày 02/01/2019 quy định việc xác định mức độ khuyết tật.",
        ],
    ),
    Procedure(
        "1.010803",
        "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ",
        NGUOI_CO_CONG,
        Level.PARTIAL,
        [
            "Người thờ cúng liệt sĩ nộp bản khai và giấy tờ kèm theo tại Trung tâm Phục vụ hành chính công "
            "phường.",
            "Ủy ban nhân dân phường xác nhận bản khai, chuyển hồ sơ đến cơ quan có thẩm quyền theo quy định.",
            "Cơ quan có thẩm quyền ban hành quyết định trợ cấp thờ cúng liệt sĩ.",
        ],
        [
            "Bản khai đề nghị hưởng trợ cấp thờ cúng liệt sĩ theo mẫu.",
            "Biên bản ủy quyền của thân nhân liệt sĩ (trường hợp người thờ cúng không phải thân nhân).",
        ],
        "Không quá 12 ngày làm việc kể từ ngày nhận đủ hồ sơ (tổng thời gian các cấp).",
        "Không.",
        "Quyết định trợ cấp thờ cúng liệt sĩ.",
        [
            "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 09/12/2020.",
            "Nghị định số 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ quy định chi tiết và biện pháp thi "
            "hành Pháp lệnh Ưu đãi người có công với cách mạng.",
        ],
    ),
]


def form_pdf(s, title):
    blocks = [
        ("center", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("center", "Độc lập - Tự do - Hạnh phúc"),
        ("space", 16),
        ("title", title.upper()),
        ("center", "Kính gửi: Ủy ban nhân dân phường Dương Kinh, thành phố Hải Phòng"),
        ("space", 10),
        ("field", "Họ, chữ đệm, tên người yêu cầu:"),
        ("field", "Nơi cư trú:"),
        ("field", "Giấy tờ tùy thân (số, nơi cấp, ngày cấp):"),
        ("field", "Quan hệ với người được đăng ký:"),
        ("heading", "Thông tin đề nghị đăng ký"),
        ("field", "Họ, chữ đệm, tên:"),
        ("field", "Ngày, tháng, năm sinh:"),
        ("field", "Giới tính:                       Dân tộc:                    Quốc tịch:"),
        ("field", "Nơi sinh:"),
        ("field", "Quê quán:"),
        ("field", "Thông tin khác:"),
        ("space", 10),
        (
            "para",
            "Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật "
            "về cam đoan của mình.",
        ),
        ("right", "Làm tại: ……………, ngày …… tháng …… năm ……"),
        ("right", "Người yêu cầu (ký, ghi rõ họ, chữ đệm, tên)"),
        ("space", 60),
        (
            "small",
            "Mẫu minh họa cho dữ liệu mẫu của Cổng. Khi thực hiện thủ tục, sử dụng mẫu tờ khai đang có "
            "hiệu lực trên Cổng Dịch vụ công quốc gia.",
        ),
    ]
    return s.pdf(f"Mẫu {title.lower()}", blocks)


def build(s, home):
    index = s.page(
        home,
        ProcedureIndexPage,
        "thu-tuc-hanh-chinh",
        "Thủ tục hành chính",
        {
            "show_in_menus": True,
            "intro": c.html(
                "Thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân phường, sắp xếp theo "
                "lĩnh vực. "
                "Hồ sơ được nộp trực tuyến trên Cổng Dịch vụ công quốc gia (đăng nhập bằng tài khoản "
                "VNeID) hoặc "
                "trực tiếp tại Trung tâm Phục vụ hành chính công phường.",
                "Nội dung thủ tục được tích hợp, liên kết từ Cơ sở dữ liệu quốc gia về thủ tục hành chính; "
                "khi có "
                "khác biệt, thông tin trên Cổng Dịch vụ công quốc gia là căn cứ thực hiện.",
            ),
        },
    )
    for procedure in PROCEDURES:
        s.page(index, ProcedurePage, slugify_vi(procedure.title), procedure.title, _fields(s, procedure))
    return index


def _fields(s, procedure):
    def fields():
        return {
            "code": procedure.code,
            "field": procedure.field,
            "level": procedure.level,
            "steps": c.ol(*procedure.steps),
            "required_documents": c.ul(*procedure.documents),
            "processing_time": procedure.processing_time,
            "fees": procedure.fees,
            "result": procedure.result,
            "legal_basis": c.ul(*procedure.basis),
            "national_portal_url": NATIONAL_PROCEDURE_URL.format(code=procedure.code),
            "forms": c.attachments(form_pdf(s, procedure.form)) if procedure.form else [],
            "search_description": f"Thủ tục {procedure.title.lower()} (mã {procedure.code}) tại phường "
            "Dương Kinh.",
        }

    return fields
