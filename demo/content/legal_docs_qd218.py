"""The full text of Quyết định 218/2025/QĐ-UBND and its Quy chế, as restored from an OCR copy
(../shared/seed/quy-che-218-2025.md): Markdown, turned into rich text by `markdown_to_html` in legal_docs.py."""

# ruff: noqa: E501
TEXT = """\
**ỦY BAN NHÂN DÂN**\\
**PHƯỜNG DƯƠNG KINH**\\
Số: 218/2025/QĐ-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\
**Độc lập - Tự do - Hạnh phúc**\\
*Dương Kinh, ngày 06 tháng 8 năm 2025*

## QUYẾT ĐỊNH

**Ban hành quy chế quản lý, vận hành và khai thác hệ thống Cổng thông tin điện tử phường Dương Kinh**

**ỦY BAN NHÂN DÂN PHƯỜNG**

- Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 2 năm 2025;
- Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 2 năm 2025;
- Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020;
- Căn cứ Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006,
- Căn cứ Luật An toàn thông tin mạng ngày 19 tháng 11 năm 2015;
- Căn cứ Luật An ninh mạng ngày 12 tháng 6 năm 2018;
- Căn cứ Nghị định số 85/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ;
- Nghị định số 09/2017/NĐ-CP ngày 09 tháng 02 năm 2017 của Chính phủ quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước;
- Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng;
- Căn cứ Thông tư số 22/2023/TT-BTTTT ngày 31 tháng 12 năm 2023 của Bộ trưởng Bộ Thông tin và Truyền thông quy định cấu trúc, bố cục, yêu cầu kỹ thuật cho Cổng Thông tin điện tử và trang thông tin điện tử của cơ quan nhà nước;
- Căn cứ Quyết định số 139/2025/QĐ-UBND ngày 13 tháng 8 năm 2025 của UBND thành phố ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Cổng thông tin điện tử thành phố Hải Phòng trực thuộc Văn phòng Ủy ban nhân dân thành phố;

Theo đề nghị của Chánh Văn phòng HĐND&UBND phường tại Tờ trình số 17/TTr-VP ngày 06 tháng 8 năm 2025.

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này “Quy chế quản lý, vận hành và khai thác Hệ thống Cổng Thông tin điện tử phường Dương Kinh”.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 16 tháng 8 năm 2025.

**Điều 3.** Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường, Trưởng các phòng, ban chuyên môn, đơn vị sự nghiệp thuộc Ủy ban nhân dân phường Dương Kinh và các tổ chức cá nhân liên quan chịu trách nhiệm thi hành Quyết định này./.

**Nơi nhận:**

- Như Điều 3;
- CT, các PCT;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**\\
**CHỦ TỊCH**

**Đặng Xuân Diện** [?]

---

# QUY CHẾ QUẢN LÝ, VẬN HÀNH VÀ KHAI THÁC HỆ THỐNG CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG DƯƠNG KINH

*(Kèm theo Quyết định số …/2025/QĐ-UBND ngày …/…/2025 của Ủy ban nhân dân phường Dương Kinh)* [số và ngày để trống trong bản gốc]

## Chương I. QUY ĐỊNH CHUNG

#### Điều 1. Phạm vi điều chỉnh

Quy chế này quy định về quản lý, vận hành và khai thác Hệ thống Cổng Thông tin điện tử phường Dương Kinh (gọi tắt là Hệ thống Cổng).

#### Điều 2. Đối tượng áp dụng

1. Ủy ban nhân dân phường Dương Kinh; các phòng, chuyên môn, trung tâm phục vụ hành chính công, đơn vị sự nghiệp trên địa bàn phường Dương Kinh.
2. Các cơ quan, tổ chức, cá nhân có liên quan đến quản lý, vận hành và khai thác Hệ thống Cổng Thông tin điện tử phường Dương Kinh.

#### Điều 3. Vị trí, vai trò, chức năng của Hệ thống Cổng thông tin điện tử phường Dương Kinh

1. Vị trí: Hệ thống Cổng là điểm truy cập chính thức duy nhất của Ủy ban nhân dân phường Dương Kinh trên môi trường mạng, hoạt động tại địa chỉ duongkinh.haiphong.gov.vn.
2. Vai trò: Vai trò của Hệ thống Cổng được quy định chi tiết tại Khoản 1 Điều 3 Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.
3. Chức năng: Hệ thống Cổng có chức năng cung cấp thông tin tổng hợp về chính trị, kinh tế, văn hóa, xã hội, quốc phòng - an ninh của phường từ hoạt động của các cơ quan Đảng, Hội đồng nhân dân, Ủy ban nhân phường; cung cấp các dịch vụ hành chính công thuộc thẩm quyền của các cơ quan chuyên môn, các trung tâm, đơn vị hoặc cơ quan cấp trên giao; tổ chức đối thoại trực tuyến, diễn đàn, trao đổi thông tin, lấy ý kiến góp ý của các tổ chức, cá nhân về những vấn đề phường hoặc trung tâm, đơn vị thuộc phường yêu cầu trên môi trường Internet.

#### Điều 4. Cấu trúc của Hệ thống Cổng

1. Hệ thống Cổng gồm Cổng Thông tin điện tử phường (cổng cấp II)
2. Yêu cầu và cấu trúc nội dung thông tin trên Hệ thống Cổng tuân thủ theo các quy định tại Điều 28 của Luật Công nghệ thông tin; khoản 1 Điều 19 của Luật Tiếp cận thông tin; Điều 20 của Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ về việc ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước; Điều 11 Nghị định số 13/2018/NĐ-CP ngày 23/01/2018 của Chính phủ quy định chi tiết và biện pháp thi hành Luật tiếp cận thông tin và theo quy định tại Thông tư số 22/2023/TT-BTTTT ngày 31/12/2023 của Bộ Thông tin và Truyền thông quy định cấu trúc, bố cục, yêu cầu kỹ thuật cho Cổng Thông tin điện tử và trang thông tin điện tử của cơ quan nhà nước
3. Về hạ tầng kỹ thuật, Hệ thống Cổng bao gồm trang thiết bị kỹ thuật và hệ thống phần mềm ứng dụng phục vụ cho việc thu thập, xử lý, lưu trữ, xuất bản, truyền tải và trao đổi thông tin.
   - a) Trang thiết bị kỹ thuật, đường truyền dữ liệu, thiết bị mạng, thiết bị bảo đảm an toàn, an ninh thông tin, các thiết bị phụ trợ khác có liên quan.
   - b) Hệ thống phần mềm hỗ trợ.

#### Điều 5. Nguyên tắc chung về quản lý, vận hành, khai thác Hệ thống Cổng

1. Mọi hoạt động đầu tư phát triển, nâng cấp kỹ thuật, công nghệ, mở rộng quy mô của Hệ thống Cổng phải được Ủy ban nhân dân phường phê duyệt, cho phép.
2. Việc vận hành Hệ thống Cổng, cung cấp, truyền đưa, lưu trữ, sử dụng thông tin điện tử trên Hệ thống Cổng phải tuân thủ các quy định của pháp luật về công nghệ thông tin, sở hữu trí tuệ, báo chí, xuất bản, phát ngôn và cung cấp thông tin, an toàn thông tin mạng, bảo vệ bí mật Nhà nước, bản quyền, quảng cáo và các quy định quản lý thông tin điện tử trên Internet.
3. Việc khai thác, sử dụng phải bảo đảm thực hiện tốt chức năng, nhiệm vụ của Hệ thống Cổng; tuân thủ các quy định của pháp luật về khai thác, sử dụng thông tin điện tử trên môi trường mạng.

## Chương II. QUẢN LÝ, VẬN HÀNH VÀ KHAI THÁC HỆ THỐNG CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG DƯƠNG KINH

#### Điều 4 [sic]. Cung cấp thông tin trên Hệ thống Cổng

*[sic: bản gốc đánh số trùng “Điều 4”; theo thứ tự lẽ ra là Điều 6 — bản gốc không có Điều 6.]*

1. Cổng Thông tin điện tử phường cung cấp các mục thông tin theo quy định tại Điều 4 Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.
2. Căn cứ vào tình hình và điều kiện thực tế, các cơ quan quy định tại khoản 1 Điều 2 Quy chế này (gọi tắt là cơ quan chủ quản) có quyền cung cấp các mục thông tin khác phù hợp với chức năng, nhiệm vụ của cơ quan.
3. Hệ thống Cổng thực hiện bảo đảm an toàn hệ thống thông tin theo cấp độ theo quy định tại Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ và Thông tư số 12/2022/TT-BTTTT ngày 12/8/2022 của Bộ Thông tin và Truyền thông về quy định chi tiết và hướng dẫn một số điều của Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ.

#### Điều 7. Phương thức cung cấp thông tin

Thực hiện theo quy định tại Điều 5 Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.

1. Đối với Cổng Thông tin điện tử phường
   - a) Các cơ quan, đơn vị, tổ chức, cá nhân gửi thông tin cho Biên tập viên Cổng Thông tin điện tử phường Dương Kinh theo các hình thức sau: Gửi văn bản điện tử có ký số đến Văn phòng UBND&HĐND phường qua trục liên thông văn bản; Gửi thư điện tử về địa chỉ: duongkinh@haiphong.gov.vn; Gửi tin nhắn qua Trang thông tin điện tử trên mạng xã hội Facebook của Cổng Thông tin điện tử: <https://www.facebook.com/share/1CRMNDXavM/?mibextid=wwXIfr>; Gửi văn bản giấy theo đường bưu điện hoặc gửi trực tiếp tại địa chỉ theo mục “Liên hệ” trên Cổng Thông tin điện tử phường Dương Kinh.
   - b) Việc tiếp nhận thông tin gửi đến Cổng Thông tin điện tử phường Dương Kinh được thực hiện 24/24 giờ tất cả các ngày. Riêng đối với văn bản giấy, thực hiện tiếp nhận trong giờ hành chính các ngày làm việc trong tuần.
   - c) Đối với các văn bản quy phạm pháp luật, văn bản hành chính nhà nước của phường được công khai theo quy định thì tại mục “Nơi nhận” có Cổng Thông tin điện tử phường Dương Kinh.

#### Điều 8. Tổ chức Trang thông tin điện tử trên mạng xã hội

1. Cổng Thông tin điện tử phường được phép tổ chức vận hành, khai thác Trang thông tin điện tử trên mạng xã hội.
2. Cơ quan chủ quản chịu trách nhiệm trước Ủy ban nhân dân phường về hoạt động của Trang thông tin điện tử trên mạng xã hội của Cổng Thông tin điện tử và thực hiện việc vận hành, khai thác bảo đảm tuân thủ quy định về quyền và nghĩa vụ của người sử dụng dịch vụ mạng xã hội tại Nghị định số 150/2018/NĐ-CP ngày 07/11/2018 của Chính phủ Sửa đổi một số Nghị định liên quan đến điều kiện đầu tư kinh doanh và thủ tục hành chính trong lĩnh vực thông tin và truyền thông; Nghị định số 72/2013/NĐ-CP ngày 15/7/2013 của Chính phủ về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng; Nghị định số 27/2018/NĐ-CP ngày 01/3/2018 của Chính phủ sửa đổi, bổ sung một số điều Nghị định số 72/2013/NĐ-CP và các quy định khác của pháp luật có liên quan.

## Chương III. CÁC ĐIỀU KIỆN BẢO ĐẢM CHO HOẠT ĐỘNG HỆ THỐNG CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG DƯƠNG KINH

### Mục 1. BẢO ĐẢM NHÂN LỰC

#### Điều 9. Ban Biên tập

1. Quy định cán bộ, công chức phụ trách
   - a) Quản trị Cổng thông tin điện tử do Chủ tịch Ủy ban nhân dân phường quyết định giao việc; là người giúp việc cho Chánh Văn phòng trong việc tiếp nhận, xử lý, biên tập, cập nhật thông tin để đảm bảo hoạt động của Cổng Thông tin điện tử phường. Văn phòng Ủy ban nhân dân phường là cơ quan tham mưu của Ủy ban nhân dân phường.
   - b) Ban biên tập làm việc theo chế độ kiêm nhiệm. Chế độ làm việc của Ban biên tập do Chủ tịch Ủy ban nhân dân quyết định.
   - c) Ban Biên tập có trách nhiệm xây dựng quy chế làm việc và quy trình tiếp nhận, biên tập nội dung thông tin trước khi đăng tải trên Cổng Thông tin điện tử của cơ quan.
   - d) Ban Biên tập Cổng Thông tin điện tử phường chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân phường và trước pháp luật về các nội dung đăng tải trên Cổng Thông tin điện tử phường.
   - e) Trực tiếp quản trị, vận hành, thu thập, tiếp nhận, xử lý, biên tập, cập nhật thông tin, cơ sở dữ liệu, phần mềm ứng dụng trên Cổng Thông tin điện tử phường;
   - b) [sic] Thực hiện nhiệm vụ kỹ thuật để hệ thống Cổng hoạt động thông suốt, đảm bảo [?] an ninh, an toàn; sao lưu các thông tin, dữ liệu điện tử của hệ thống Cổng; đề xuất phương án bảo đảm mỹ thuật, hạ tầng kỹ thuật Cổng Thông tin điện tử;
   - c) Ban Biên tập được tham dự để đưa tin các sự kiện của phường;
   - d) Phối hợp với Cổng Thông tin điện tử thành phố, Văn phòng Ủy ban nhân dân thành phố thực hiện nhiệm vụ kỹ thuật để Cổng thành phần hoạt động thông suốt, đảm bảo an ninh, an toàn; sao lưu các thông tin, dữ liệu điện tử của Cổng thành phần; đề xuất phương án bảo đảm mỹ thuật, hạ tầng kỹ thuật Cổng;

*[sic: bản gốc không có khoản 2; sau điểm e) các điểm b), c), d) được đánh lặp lại.]*

3. Cổng Thông tin điện tử phường được tổ chức hệ thống các cộng tác viên. Cộng tác viên là cán bộ, công chức, viên chức làm việc trong cơ quan; Phóng viên, Biên tập viên của các cơ quan báo chí; các cá nhân có trình độ, kinh nghiệm phù hợp để cộng tác.

#### Điều 10. Bảo đảm hạ tầng kỹ thuật

Thực hiện theo quy định tại Điều 23, 24, 25 và Điều 26 Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.

#### Điều 11. Đào tạo nguồn nhân lực

Thực hiện theo quy định tại Điều 17, 18 và Điều 19 Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.

### Mục 2. BẢO ĐẢM KINH PHÍ

#### Điều 12. Kinh phí duy trì hoạt động và phát triển Hệ thống Cổng

Thực hiện theo quy định tại Điều 20 và Điều 21 Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.

1. Đối với Hệ thống Cổng
   - a) Kinh phí chi phục vụ quản lý và vận hành Hệ thống Cổng gồm chi cho đầu tư nâng cấp cơ sở hạ tầng, trang thiết bị; nâng cấp phần mềm, mở rộng quy mô, phát triển hệ thống; dịch vụ thuê máy chủ, đường truyền kết nối Internet; bồi dưỡng, đào tạo; lương phục vụ quản lý, vận hành; phụ cấp Biên tập viên; thù lao, nhuận bút tác giả, tác phẩm, tin bài; thù lao cung cấp thông tin, tư liệu; các khoản chi khác phục vụ hoạt động Cổng Thông tin điện tử phường.
   - b) Kinh phí phục vụ quản lý và vận hành Hệ thống Cổng được cấp từ ngân sách phường và từ các nguồn thu, huy động khác (nếu có), Cổng Thông tin điện tử phường, Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường xây dựng kế hoạch kinh phí hằng năm trình Ủy ban nhân dân phường phê duyệt.

#### Điều 13. Kinh phí tạo lập thông tin và chi trả nhuận bút, thù lao cung cấp thông tin

Thực hiện theo quy định tại Điều 22 Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.

## Chương IV. TỔ CHỨC THỰC HIỆN

#### Điều 14. Trách nhiệm của Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường

1. Chịu trách nhiệm trước Ủy ban nhân dân phường về hoạt động của Cổng Thông tin điện tử phường. Giúp Ban Biên tập Cổng Thông tin điện tử phường triển khai thực hiện nhiệm vụ được giao theo quy định, đảm bảo chất lượng, hiệu quả.
2. Thực hiện quản trị hạ tầng kỹ thuật, đảm bảo các điều kiện cho việc đăng tải, lưu trữ thông tin trên Hệ thống Cổng, đảm bảo an ninh, an toàn Hệ thống Cổng hoạt động thông suốt.
3. Hướng dẫn, hỗ trợ [?] các cơ quan trong việc quản lý, cung cấp, lưu trữ thông tin trên Hệ thống Cổng nhằm khai thác và phục vụ Nhân dân một cách có hiệu quả nhất.
4. Nghiên cứu, xây dựng kế hoạch bảo đảm cơ sở hạ tầng, các giải pháp để mở rộng kênh thông tin và điều kiện kỹ thuật, công nghệ phù hợp cho việc vận hành nhằm không ngừng nâng cao chất lượng hoạt động của Hệ thống Cổng.
5. Hướng dẫn các cơ quan, tổ chức lập kế hoạch xây dựng Cổng thành phần, tích hợp vào Hệ thống Cổng.
6. Chủ trì phối hợp với Sở Tài chính và các cơ quan, đơn vị liên quan lập dự toán kinh phí nhằm đảm bảo duy trì hoạt động của Cổng Thông tin điện tử phường.

#### Điều 15. Trách nhiệm của các cơ quan liên quan

1. Các phòng, ban chuyên môn, trung tâm phục vụ hành chính công, Trung tâm sự nghiệp công giúp Ủy ban nhân dân phường thông tin và truyền thông đối với Hệ thống Cổng;
2. Các tổ chức, cá nhân tham gia Hệ thống Cổng
   - a) Được khai thác các thông tin cần thiết trên Hệ thống Cổng để phục vụ cho nhu cầu thông tin trong hoạt động của các tổ chức, cá nhân. Khi sử dụng thông tin trên Hệ thống Cổng phải ghi rõ [?] nguồn “Cổng Thông tin điện tử phường Dương Kinh” hoặc “duongkinh.haiphong.gov.vn”.
   - b) Cá nhân cung cấp tin, bài, ảnh và các thông tin phù hợp với yêu cầu nội dung của Hệ thống Cổng, được Ban biên tập kiểm duyệt và đăng tải sẽ được hưởng chế độ nhuận bút theo quy định hiện hành.
   - c) Phản ánh với Ban biên tập Cổng Thông tin điện tử phường về chất lượng hoạt động của Hệ thống Cổng./.
"""
