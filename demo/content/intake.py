"""Sổ tiếp nhận thông tin: a handful of records across the channels and statuses (moderation/intake).

Each sample has a fixed tracking code, so a second run finds it and creates nothing. No email is sent."""

import datetime

from django.utils import timezone
from wagtail.log_actions import log

from moderation.intake.models import Channel, IntakeRecord, Status
from moderation.intake.services import ACTION_RECEIVED, ACTION_STATUS

from ..seeder import nfc

LABEL = "Sổ tiếp nhận thông tin (dữ liệu mẫu)"

RECORDS = [
    {
        "tracking_code": "DK-0000-MAU1",
        "channel": Channel.WEB_FORM,
        "days_ago": 1,
        "sender_name": "Nguyễn Văn An",
        "sender_email": "nguyenvanan@example.com",
        "subject": "Đề nghị sửa đèn chiếu sáng tại tổ dân phố Phúc Hải",
        "body": "Ba cột đèn trên đường vào tổ dân phố không sáng từ tuần trước, "
        "đề nghị phường kiểm tra, sửa chữa.",
        "status": Status.NEW,
    },
    {
        "tracking_code": "DK-0000-MAU2",
        "channel": Channel.EMAIL,
        "days_ago": 3,
        "sender_name": "Trường Tiểu học Dương Kinh",
        "sender_email": "thdk@example.com",
        "subject": "Tin: Lễ khai giảng năm học mới",
        "body": "Nhà trường gửi tin và ảnh về lễ khai giảng để Cổng đăng tải.",
        "status": Status.IN_PROGRESS,
    },
    {
        "tracking_code": "DK-0000-MAU3",
        "channel": Channel.FACEBOOK,
        "days_ago": 5,
        "sender_name": "Trần Thị Bình",
        "sender_phone": "0912 345 678",
        "subject": "Hỏi về lịch tiêm chủng cho trẻ",
        "body": "Người dân nhắn tin qua Trang Facebook của phường hỏi lịch tiêm chủng tháng tới.",
        "status": Status.PUBLISHED,
    },
    {
        "tracking_code": "DK-0000-MAU4",
        "channel": Channel.PAPER,
        "days_ago": 8,
        "sender_name": "Lê Văn Cường",
        "sender_address": "Tổ dân phố Quán Rẽ, phường Dương Kinh",
        "subject": "Đơn phản ánh việc tập kết vật liệu xây dựng trên vỉa hè",
        "body": "Văn bản giấy gửi tại bộ phận một cửa, đã được nhập vào sổ.",
        "status": Status.NOT_PUBLISHED,
        "status_reason": "Nội dung là phản ánh, kiến nghị; đã chuyển bộ phận giải quyết, "
        "không đăng lên Cổng.",
    },
    {
        "tracking_code": "DK-0000-MAU5",
        "channel": Channel.SIGNED_DOCUMENT,
        "days_ago": 2,
        "sender_name": "Văn phòng HĐND và UBND phường",
        "sender_email": "vanphong@example.com",
        "subject": "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
        "body": "Văn bản điện tử có chữ ký số gửi để đăng tải.",
        "status": Status.IN_PROGRESS,
    },
]


def build(seeder, home_page):
    for sample in RECORDS:
        sample = nfc(dict(sample))
        if IntakeRecord.objects.filter(tracking_code=sample["tracking_code"]).exists():
            continue
        days_ago = sample.pop("days_ago")
        status = sample.pop("status")
        received_at = timezone.now() - datetime.timedelta(days=days_ago)
        record = IntakeRecord.objects.create(received_at=received_at, **sample)
        log(instance=record, action=ACTION_RECEIVED, data={"channel": record.channel, "attachments": 0})
        if status != Status.NEW:
            record.status = status
            record.save(update_fields=["status"])
            log(instance=record, action=ACTION_STATUS, data={"from": Status.NEW, "to": status, "reason": ""})
        seeder.counts["intake records"] += 1
