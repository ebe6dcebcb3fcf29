"""The editorial office's records: section assignments, emergency publications, the intake register and
royalties.

These factories write the rows directly, without the audit-log entries the services write
(moderation.intake.services.receive, moderation.royalties.services.record_royalty): a test about what a
service does calls the service; a test that needs records to exist uses the factories.
"""

import datetime
from decimal import Decimal

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from moderation.consultations.models import ConsultationComment
from moderation.consultations.models import Status as CommentStatus
from moderation.intake.models import Channel, IntakeAttachment, IntakeRecord, Status
from moderation.models import EmergencyPublication, SectionAssignment
from moderation.royalties.forms import user_label
from moderation.royalties.models import (
    DEFAULT_RATE_PER_POINT,
    Kind,
    RoyaltyLine,
    RoyaltyRecord,
    amount_for,
    split_amount,
)

from .core import UserFactory, portal_section
from .documents import pdf_bytes
from .sections import ConsultationPageFactory, NewsPageFactory


class SectionAssignmentFactory(DjangoModelFactory):
    """A contributor assigned to a section (the news section by default); saving it puts them in the
    section's group, as in the admin."""

    class Meta:
        model = SectionAssignment

    user = factory.SubFactory(UserFactory)
    section = factory.LazyFunction(lambda: portal_section("tin-tuc"))


class EmergencyPublicationFactory(DjangoModelFactory):
    """A page published outside the workflow, not acknowledged yet."""

    class Meta:
        model = EmergencyPublication

    page = factory.SubFactory(NewsPageFactory, title="Khẩn: Thông báo sơ tán dân khỏi khu vực ven biển")
    page_title = factory.LazyAttribute(lambda publication: publication.page.title)
    revision = factory.LazyAttribute(lambda publication: publication.page.live_revision)
    user = factory.SubFactory(UserFactory)
    reason = "Bão đổ bộ trong đêm, cần thông báo ngay cho người dân."


class IntakeRecordFactory(DjangoModelFactory):
    """Information a resident sent through the web form (a tracking code is made on save)."""

    class Meta:
        model = IntakeRecord

    channel = Channel.WEB_FORM
    sender_name = "Trần Văn Bình"
    sender_email = "binh.tran@example.vn"
    sender_phone = "0912 345 678"
    sender_address = "Tổ dân phố số 5, phường Dương Kinh"
    subject = "Phản ánh đèn chiếu sáng hỏng trên đường trục tổ dân phố số 5"
    body = "Ba cột đèn gần nhà văn hóa tổ dân phố số 5 không sáng từ tuần trước, đề nghị phường kiểm tra."
    status = Status.NEW


class IntakeAttachmentFactory(DjangoModelFactory):
    """A PDF that came with a record."""

    class Meta:
        model = IntakeAttachment

    record = factory.SubFactory(IntakeRecordFactory)
    original_name = "don-phan-anh.pdf"
    kind = "pdf"
    file = factory.django.FileField(
        filename=factory.SelfAttribute("..original_name"), data=factory.LazyFunction(pdf_bytes)
    )
    size = factory.LazyAttribute(lambda attachment: attachment.file.size)


class RoyaltyRecordFactory(DjangoModelFactory):
    """The royalty of an approved item (`item`, a live news article by default), at the default rate, with
    one line per author in `authors` (users or names; "Nguyễn Thị Lan" by default) sharing the amount."""

    class Meta:
        model = RoyaltyRecord
        exclude = ("item",)
        skip_postgeneration_save = True

    item = factory.SubFactory(NewsPageFactory)
    content_type = factory.LazyAttribute(lambda record: record.item.get_base_content_type())
    object_id = factory.LazyAttribute(lambda record: str(record.item.pk))
    title = factory.LazyAttribute(lambda record: record.item.title[:255])
    revision = factory.LazyAttribute(lambda record: record.item.get_latest_revision())
    kind = Kind.NEWS
    coefficient = Decimal("2.5")
    rate = DEFAULT_RATE_PER_POINT
    amount = factory.LazyAttribute(lambda record: amount_for(record.coefficient, record.rate))
    approved_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))

    @factory.post_generation
    def authors(record, create, authors, **kwargs):
        if not create:
            return
        authors = ["Nguyễn Thị Lan"] if authors is None else authors
        for author, share in zip(authors, split_amount(record.amount, len(authors)), strict=True):
            if isinstance(author, str):
                RoyaltyLine.objects.create(record=record, name=author, amount=share)
            else:
                RoyaltyLine.objects.create(record=record, user=author, name=user_label(author), amount=share)


class RoyaltyLineFactory(DjangoModelFactory):
    """One more author's line on a record (not paid)."""

    class Meta:
        model = RoyaltyLine

    record = factory.SubFactory(RoyaltyRecordFactory, authors=[])
    name = "Phạm Quốc Hùng"
    amount = factory.LazyAttribute(lambda line: line.record.amount)


# -- góp ý về Cổng and requests for information (moderation/reports) ------------------------------------


class PortalFeedbackFactory(DjangoModelFactory):
    """A reader's report of wrong information on a page, with an email for the reply."""

    class Meta:
        model = "reports.PortalFeedback"

    kind = "wrong_information"
    page_url = "/tin-tuc/"
    description = "Số điện thoại của bộ phận một cửa trên trang này đã cũ, gọi không được."
    sender_name = "Phạm Thị Lan"
    sender_email = "lan.pham@example.vn"


class InformationRequestFactory(DjangoModelFactory):
    """A citizen's request for information under the Access to Information law, received today."""

    class Meta:
        model = "reports.InformationRequest"

    full_name = "Đỗ Văn Hùng"
    id_number = "031089004321"
    address = "Số 12 đường Mạc Đăng Doanh, phường Dương Kinh"
    phone = "0904 111 222"
    email = "hung.do@example.vn"
    information = "Quyết định phê duyệt quy hoạch chi tiết khu dân cư Hòa Nghĩa năm 2025"
    purpose = "Tìm hiểu ranh giới quy hoạch liên quan đến thửa đất của gia đình"
    delivery = "email"


class ConsultationCommentFactory(DjangoModelFactory):
    """A comment from the public on a consultation, awaiting moderation (a code is made on save)."""

    class Meta:
        model = ConsultationComment

    page = factory.SubFactory(ConsultationPageFactory)
    name = "Phạm Thị Thu"
    email = "thu.pham@example.vn"
    phone = "0903 111 222"
    organisation = ""
    article = ""
    body = "Đề nghị bổ sung quy định về giờ mở cửa chợ vào ngày lễ, Tết."
    status = CommentStatus.PENDING


class QuestionRecordFactory(DjangoModelFactory):
    """A question a resident asked on /hoi-dap/dat-cau-hoi/ (tracking code and deadline made on save)."""

    class Meta:
        model = "questions.QuestionRecord"

    asker_name = "Phạm Thị Lan"
    asker_email = "lan@example.com"
    asker_phone = "0904 111 222"
    field = "Hộ tịch"
    question = "Tôi muốn đăng ký thường trú cho con mới sinh thì cần giấy tờ gì?"
