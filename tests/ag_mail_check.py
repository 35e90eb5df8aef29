"""Independent reading of the AG's invitation mails with Python's `email` and `icalendar` packages.

For each .eml file given, finds the text/calendar part the way a mail program does and prints one
JSON line: the recipient, the part's METHOD parameter, and what the calendar object says (METHOD,
UID, SEQUENCE, start in UTC, length in minutes, STATUS, SUMMARY, ATTENDEE, ORGANIZER). Exits
non-zero when a mail has no calendar part or the object cannot be read.
"""
import email
import json
import sys
from datetime import timezone
from email import policy

from icalendar import Calendar


def fail(msg):
    print(f"ag_mail_check: {msg}", file=sys.stderr)
    sys.exit(1)


for path in sys.argv[1:]:
    msg = email.message_from_binary_file(open(path, "rb"), policy=policy.default)
    parts = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if len(parts) != 1:
        fail(f"{path}: expected one text/calendar part, got {len(parts)}")
    part = parts[0]
    cal = Calendar.from_ical(part.get_content())
    events = cal.walk("VEVENT")
    if len(events) != 1:
        fail(f"{path}: expected one VEVENT, got {len(events)}")
    e = events[0]
    for required in ("UID", "DTSTAMP", "SEQUENCE", "DTSTART", "DTEND", "ORGANIZER", "ATTENDEE"):
        if required not in e:
            fail(f"{path}: {required} missing")
    start = e.decoded("DTSTART")
    if start.tzinfo is None:
        fail(f"{path}: DTSTART without a time zone")
    print(json.dumps({
        "to": str(msg["To"]),
        "part_method": part.get_param("method"),
        "method": str(cal.get("METHOD")),
        "uid": str(e["UID"]),
        "sequence": int(e["SEQUENCE"]),
        "start_utc": start.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M"),
        "minutes": int((e.decoded("DTEND") - start).total_seconds() // 60),
        "status": str(e.get("STATUS")),
        "summary": str(e.get("SUMMARY")),
        "attendee": str(e["ATTENDEE"]),
        "organizer": str(e["ORGANIZER"]),
    }))
