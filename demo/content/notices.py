"""Thông báo khẩn: one sample emergency notice, shown at the top of every page for two weeks."""

import datetime

from django.utils import timezone

from core.models import EmergencyNotice

from ..seeder import nfc

LABEL = "Thông báo khẩn"

TITLE = "Cảnh báo mưa lớn, triều cường"
MESSAGE = (
    "Từ ngày mai, khu vực ven biển phường Dương Kinh có mưa to và triều cường cao. Người dân không neo đậu "
    "tàu thuyền ở cửa sông, gia cố nhà cửa và theo dõi thông báo của Ban Chỉ huy phòng thủ dân sự phường. "
    "Đường dây nóng: 0225 3880 115."
)


def build(seeder, home_page):
    if EmergencyNotice.objects.filter(title=nfc(TITLE)).exists():
        return
    now = timezone.now()
    EmergencyNotice.objects.create(
        title=nfc(TITLE),
        severity=EmergencyNotice.Severity.WARNING,
        message=nfc(MESSAGE),
        link_url="/tin-tuc/",
        link_text=nfc("Xem các thông báo mới nhất"),
        starts_at=now - datetime.timedelta(hours=1),
        expires_at=now + datetime.timedelta(days=14),
        is_sample_content=True,
    )
    seeder.counts["notices"] += 1
