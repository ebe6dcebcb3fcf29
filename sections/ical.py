"""The leaders' weekly schedule as iCalendar (RFC 5545), in Vietnam time (Asia/Ho_Chi_Minh, UTC+7, no DST)."""

import datetime

from django.utils import timezone

TZID = "Asia/Ho_Chi_Minh"
DEFAULT_DURATION = datetime.timedelta(hours=1)

VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:STANDARD",
    "DTSTART:19750613T000000",
    "TZOFFSETFROM:+0800",
    "TZOFFSETTO:+0700",
    "TZNAME:ICT",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def escape_text(value):
    """TEXT escaping of RFC 5545 §3.3.11."""
    value = (value or "").replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line):
    """Lines of at most 75 octets, continued by CRLF and a space (RFC 5545 §3.1), never mid-character."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        limit = 75 if not out else 74
        if len(current) + len(encoded) > limit:
            out.append(current)
            current = b""
        current += encoded
    out.append(current)
    return "\r\n ".join(part.decode("utf-8") for part in out)


def schedule_calendar(schedule, request=None):
    now = timezone.now().astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    host = request.get_host().split(":")[0] if request is not None else "duongkinh.haiphong.gov.vn"
    url = schedule.get_full_url(request) or ""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Cong TTDT phuong Duong Kinh//Lich cong tac//VI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(schedule.title)}",
        f"X-WR-TIMEZONE:{TZID}",
        *VTIMEZONE,
    ]
    for entry in schedule.entries.all():
        start = datetime.datetime.combine(entry.date, entry.time)
        end = start + DEFAULT_DURATION
        description = entry.content
        if entry.participants:
            description += "\n" + entry.participants
        lines += [
            "BEGIN:VEVENT",
            f"UID:schedule-{schedule.pk}-entry-{entry.pk}@{host}",
            f"DTSTAMP:{now}",
            f"DTSTART;TZID={TZID}:{start:%Y%m%dT%H%M%S}",
            f"DTEND;TZID={TZID}:{end:%Y%m%dT%H%M%S}",
            f"SUMMARY:{escape_text(f'{entry.leader}: {entry.content}')}",
            f"DESCRIPTION:{escape_text(description)}",
        ]
        if entry.venue:
            lines.append(f"LOCATION:{escape_text(entry.venue)}")
        if url:
            lines.append(f"URL:{url}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
