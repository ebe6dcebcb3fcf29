"""Hỏi đáp: questions from residents and the ward's official answers."""

from sections.models import QuestionIndexPage, QuestionPage

from ..seeder import slugify_vi
from . import common as c

LABEL = "Hỏi đáp"

# (title, asker, field, asked days ago, answered days ago, answered by, question, answer paragraphs)
QUESTIONS = [
    (
        "Giấy tờ ghi địa chỉ cũ có phải làm lại sau khi sắp xếp đơn vị hành chính?",
        "Ông T.V.H., tổ dân phố số 3",
        "Hành chính",
        40,
        35,
        "Văn phòng HĐND và UBND phường",
        "Căn cước và giấy chứng nhận quyền sử dụng đất của gia đình tôi vẫn ghi địa chỉ thuộc quận Dương "
        "Kinh và phường cũ. "
        "Gia đình tôi có bắt buộc phải làm thủ tục đổi lại các giấy tờ này không?",
        [
            "Giấy tờ đã được cơ quan có thẩm quyền cấp trước khi sắp xếp đơn vị hành chính tiếp tục có giá "
            "trị sử dụng "
            "cho đến khi hết thời hạn; ông không bắt buộc phải làm thủ tục cấp đổi chỉ vì thay đổi địa "
            "giới, tên gọi "
            "đơn vị hành chính.",
            "Khi thực hiện thủ tục khác có liên quan (ví dụ chuyển nhượng quyền sử dụng đất), cơ quan giải "
            "quyết sẽ cập "
            "nhật địa chỉ mới. Trường hợp có nhu cầu điều chỉnh, ông liên hệ Trung tâm Phục vụ hành chính "
            "công phường.",
        ],
    ),
    (
        "Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn",
        "Chị N.T.L., tổ dân phố số 7",
        "Hộ tịch",
        22,
        18,
        "Công chức tư pháp - hộ tịch",
        "Vợ chồng tôi chưa đăng ký kết hôn, nay sinh con thì có đăng ký khai sinh cho cháu được không và "
        "có ghi tên bố "
        "trong giấy khai sinh không?",
        [
            "Chị vẫn đăng ký khai sinh cho cháu bình thường tại Ủy ban nhân dân phường nơi cư trú của cha "
            "hoặc mẹ. "
            "Nếu cha, mẹ chưa đăng ký kết hôn mà muốn ghi thông tin người cha, hai anh chị thực hiện kết "
            "hợp thủ tục "
            "đăng ký khai sinh và đăng ký nhận cha, con cùng lúc.",
            "Hồ sơ gồm tờ khai đăng ký khai sinh, giấy chứng sinh, tờ khai đăng ký nhận cha, mẹ, con và "
            "chứng cứ chứng "
            "minh quan hệ cha con. Anh chị có thể nộp trực tuyến trên Cổng Dịch vụ công quốc gia.",
        ],
    ),
    (
        "Chứng thực bản sao cần mang theo giấy tờ gì và mất bao nhiêu tiền?",
        "Anh P.Q.D., tổ dân phố số 1",
        "Chứng thực",
        15,
        14,
        "Trung tâm Phục vụ hành chính công",
        "Tôi cần chứng thực 5 bản sao bằng tốt nghiệp và học bạ để nộp hồ sơ xin việc. Tôi cần mang theo "
        "gì và lệ phí "
        "bao nhiêu?",
        [
            "Anh mang theo bản chính bằng tốt nghiệp, học bạ và bản chụp (hoặc đề nghị chụp tại chỗ) đến "
            "Trung tâm Phục vụ "
            "hành chính công phường. Phí chứng thực bản sao là 2.000 đồng/trang; từ trang thứ ba trở lên "
            "1.000 đồng/trang, "
            "tối đa không quá 200.000 đồng/bản.",
            "Kết quả được trả trong ngày; trường hợp nộp sau 15 giờ thì trả trong ngày làm việc tiếp theo.",
        ],
    ),
    (
        "Người cao tuổi không có lương hưu có được hưởng trợ cấp hằng tháng?",
        "Bà V.T.M., tổ dân phố số 9",
        "Bảo trợ xã hội",
        60,
        52,
        "Phòng Văn hóa - Xã hội",
        "Mẹ tôi năm nay 76 tuổi, không có lương hưu và không hưởng trợ cấp bảo hiểm xã hội hằng tháng. Mẹ "
        "tôi có được "
        "hưởng trợ cấp của Nhà nước không, thủ tục thế nào?",
        [
            "Theo Luật Bảo hiểm xã hội năm 2024 (có hiệu lực từ ngày 01/7/2025), công dân Việt Nam từ đủ "
            "75 tuổi trở lên, "
            "không hưởng lương hưu hoặc trợ cấp bảo hiểm xã hội hằng tháng được hưởng trợ cấp hưu trí xã "
            "hội; người từ đủ "
            "70 đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo cũng được hưởng.",
            "Gia đình bà nộp tờ khai tại Trung tâm Phục vụ hành chính công phường hoặc trực tuyến trên "
            "Cổng Dịch vụ công quốc "
            "gia. Ngoài trợ cấp, người hưởng được cấp thẻ bảo hiểm y tế và hỗ trợ chi phí mai táng khi qua "
            "đời.",
        ],
    ),
    (
        "Xây nhà ở riêng lẻ có cần giấy phép xây dựng và nộp hồ sơ ở đâu?",
        "Ông Đ.V.T., tổ dân phố số 12",
        "Xây dựng",
        75,
        66,
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Gia đình tôi muốn xây nhà 3 tầng trên đất ở đã có sổ đỏ trong khu dân cư. Tôi có cần xin giấy "
        "phép xây dựng "
        "không, nộp hồ sơ ở đâu?",
        [
            "Nhà ở riêng lẻ tại khu vực đô thị phải có giấy phép xây dựng trước khi khởi công, trừ các "
            "trường hợp được miễn "
            "theo Luật Xây dựng. Từ ngày 01/7/2025, Ủy ban nhân dân phường cấp giấy phép xây dựng nhà ở "
            "riêng lẻ trên địa bàn.",
            "Ông nộp hồ sơ tại Trung tâm Phục vụ hành chính công phường hoặc trực tuyến, gồm đơn đề nghị, "
            "giấy tờ về quyền sử "
            "dụng đất và bản vẽ thiết kế. Thời hạn giải quyết không quá 15 ngày kể từ ngày nhận đủ hồ sơ "
            "hợp lệ.",
        ],
    ),
    (
        "Phản ánh tình trạng đổ rác thải không đúng nơi quy định ven sông",
        "Một người dân tổ dân phố số 15",
        "Môi trường",
        12,
        7,
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Khu đất trống ven sông gần tổ dân phố tôi thường xuyên bị đổ trộm rác thải, phế thải xây dựng vào "
        "ban đêm, gây ô "
        "nhiễm. Đề nghị phường xử lý.",
        [
            "Ủy ban nhân dân phường cảm ơn phản ánh của ông/bà. Ngay sau khi nhận được thông tin, phường "
            "đã chỉ đạo đơn vị "
            "vệ sinh môi trường thu dọn toàn bộ rác thải tại khu vực và lắp biển cấm đổ rác.",
            "Công an phường và tổ dân phố bố trí lực lượng kiểm tra vào ban đêm; trường hợp phát hiện vi "
            "phạm sẽ xử phạt "
            "theo quy định. Người dân phát hiện hành vi đổ trộm có thể báo qua đường dây nóng 0225 3 581 "
            "115.",
        ],
    ),
    (
        "Thủ tục đăng ký hộ kinh doanh thực hiện ở đâu?",
        "Chị H.T.N., tổ dân phố số 5",
        "Kinh tế",
        90,
        84,
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Tôi muốn mở cửa hàng tạp hóa nhỏ tại nhà. Tôi cần đăng ký hộ kinh doanh ở đâu và hồ sơ gồm những "
        "gì?",
        [
            "Chị nộp hồ sơ đăng ký hộ kinh doanh tại Trung tâm Phục vụ hành chính công phường hoặc trực "
            "tuyến. Hồ sơ gồm giấy "
            "đề nghị đăng ký hộ kinh doanh và bản sao giấy tờ pháp lý của chủ hộ kinh doanh.",
            "Sau khi được cấp giấy chứng nhận, chị thực hiện kê khai thuế theo hướng dẫn của cơ quan thuế. "
            "Cán bộ Phòng "
            "Kinh tế, Hạ tầng và Đô thị sẵn sàng hướng dẫn trực tiếp trong giờ hành chính.",
        ],
    ),
    (
        "Nộp hồ sơ trực tuyến như thế nào, có được giảm lệ phí không?",
        "Anh L.M.K., tổ dân phố số 18",
        "Dịch vụ công trực tuyến",
        30,
        27,
        "Trung tâm Phục vụ hành chính công",
        "Tôi muốn nộp hồ sơ xác nhận tình trạng hôn nhân trực tuyến nhưng chưa biết cách. Nộp trực tuyến "
        "có được giảm lệ "
        "phí không?",
        [
            "Anh đăng nhập Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) bằng tài khoản định danh điện tử "
            "VNeID mức độ 2, "
            "tìm thủ tục “Cấp Giấy xác nhận tình trạng hôn nhân”, chọn cơ quan thực hiện là Ủy ban nhân "
            "dân phường Dương "
            "Kinh, điền tờ khai và thanh toán lệ phí trực tuyến.",
            "Một số thủ tục được giảm mức thu phí, lệ phí khi nộp trực tuyến theo nghị quyết của Hội đồng "
            "nhân dân thành phố. "
            "Nếu cần hỗ trợ, anh có thể đến Trung tâm Phục vụ hành chính công phường để được đoàn viên "
            "thanh niên hướng dẫn.",
        ],
    ),
    (
        "Con tôi dưới 14 tuổi làm căn cước ở đâu?",
        "Chị T.H.G., tổ dân phố số 1",
        "Căn cước, cư trú",
        50,
        47,
        "Công an phường",
        "Con tôi 10 tuổi, tôi muốn làm căn cước cho cháu để đi máy bay. Tôi đưa cháu đến đâu để làm?",
        [
            "Theo Luật Căn cước năm 2023, công dân dưới 14 tuổi được cấp căn cước theo nhu cầu. Chị đưa "
            "cháu đến Công an "
            "phường hoặc cơ quan quản lý căn cước của Công an thành phố; trẻ dưới 6 tuổi có thể đăng ký "
            "qua ứng dụng VNeID "
            "mà không cần thu nhận sinh trắc học.",
            "Người đại diện hợp pháp của cháu đi cùng và làm thủ tục thay. Việc cấp căn cước lần đầu cho "
            "công dân không phải nộp lệ phí.",
        ],
    ),
]


def build(s, home):
    index = s.page(
        home,
        QuestionIndexPage,
        "hoi-dap",
        "Hỏi đáp",
        {
            "show_in_menus": True,
            "intro": c.html(
                "Câu hỏi của người dân, doanh nghiệp và trả lời chính thức của Ủy ban nhân dân phường. Câu "
                "hỏi được trả lời "
                "trong thời hạn 15 ngày làm việc; những câu hỏi được nhiều người quan tâm được đăng công "
                "khai tại đây, chỉ ghi "
                "tên viết tắt của người hỏi.",
            ),
        },
    )
    for title, asker, field, asked, answered, by, question, answer in QUESTIONS:
        s.page(
            index,
            QuestionPage,
            slugify_vi(title),
            title,
            {
                "asker": asker,
                "asked_on": s.days_ago(asked),
                "field": field,
                "question": question,
                "answer": c.html(*answer),
                "answered_by": by,
                "answered_on": s.days_ago(answered),
            },
        )
    return index
