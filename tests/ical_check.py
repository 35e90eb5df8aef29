"""Independent check of Wegweiser's iCalendar output with the Python `icalendar` package.

Reads the feed of one weekly event (Tuesdays 18:00 Berlin time from 6 October 2026, 90 minutes) with
an exception on 13 October and a cancellation on 20 October, and checks what a calendar app would
show: the times across the end of summer time (25 October 2026), the missing date and the cancelled one.
Exits non-zero with a message when anything is off.
"""
import sys
from datetime import datetime, timedelta, timezone

from dateutil.rrule import rrulestr
from icalendar import Calendar

def fail(msg):
    print(f"ical_check: {msg}", file=sys.stderr)
    sys.exit(1)

cal = Calendar.from_ical(open(sys.argv[1], "rb").read())
tzs = [c for c in cal.walk("VTIMEZONE")]
if [str(t["TZID"]) for t in tzs] != ["Europe/Berlin"]:
    fail(f"expected one VTIMEZONE Europe/Berlin, got {[str(t.get('TZID')) for t in tzs]}")
events = cal.walk("VEVENT")
series = [e for e in events if "RRULE" in e]
overrides = [e for e in events if "RECURRENCE-ID" in e]
if len(series) != 1:
    fail(f"expected one recurring VEVENT, got {len(series)}")
main = series[0]
start = main.decoded("DTSTART")
if start.tzinfo is None or start.utcoffset() != timedelta(hours=2):
    fail(f"DTSTART should be 18:00 CEST (+02:00), got {start!r}")
if (main.decoded("DTEND") - start) != timedelta(minutes=90):
    fail("the event should last 90 minutes")
rule = main["RRULE"].to_ical().decode()
dates = list(rrulestr(rule, dtstart=start).between(
    datetime(2026, 10, 1, tzinfo=timezone.utc), datetime(2026, 11, 10, tzinfo=timezone.utc), inc=True))
exdates = set()
ex = main.get("EXDATE")
for group in (ex if isinstance(ex, list) else [ex] if ex is not None else []):
    for d in group.dts:
        exdates.add(d.dt.astimezone(timezone.utc))
shown = [d for d in dates if d.astimezone(timezone.utc) not in exdates]
got = [d.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M") for d in shown]
want = ["2026-10-06 16:00", "2026-10-20 16:00", "2026-10-27 17:00", "2026-11-03 17:00"]
if got != want:
    fail(f"occurrences in UTC: expected {want}, got {got}")
if len(overrides) != 1:
    fail(f"expected one cancelled occurrence, got {len(overrides)}")
o = overrides[0]
if str(o.get("STATUS")) != "CANCELLED":
    fail("the override should be STATUS:CANCELLED")
if str(o["UID"]) != str(main["UID"]):
    fail("the override should share the series' UID")
rid = o.decoded("RECURRENCE-ID").astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M")
if rid != "2026-10-20 16:00":
    fail(f"the cancelled occurrence should be 20 October 18:00 Berlin, got {rid} UTC")
if int(main.get("SEQUENCE", -1)) < 0 or "DTSTAMP" not in main or "UID" not in main:
    fail("UID, DTSTAMP and SEQUENCE are required")
print("ical_check: ok")
