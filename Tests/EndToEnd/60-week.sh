# The week printouts: `depot week` as text and as an iCalendar file read back with Python's icalendar package.

week_text_prints_the_week() {
    local out
    out=$(DEPOT_TODAY=2026-11-23 "$depot" week --week 2026-W48 --data "$work/first" --lang da) || return 1
    grep -q 'Ugeplan · uge 48 · 23. november 2026 – 29. november 2026' <<<"$out" \
        && grep -q 'Køreseddel' <<<"$out" && grep -q 'side 1 af 1' <<<"$out" && grep -q $'\f' <<<"$out" \
        && python3 -c 'import sys; assert max(map(len, sys.argv[1].splitlines())) <= 80' "$out"
}
check "depot week prints the team schedule and route sheets in at most 80 columns" week_text_prints_the_week

week_ics_parses() {
    python3 -c 'import icalendar' 2>/dev/null || python3 -m pip install --quiet icalendar >/dev/null 2>&1 \
        || python3 -m pip install --quiet --break-system-packages icalendar >/dev/null 2>&1 || return 1
    DEPOT_TODAY=2026-11-23 "$depot" week --week 2026-W48 --format ics --data "$work/first" \
        --output "$work/week1.ics" >/dev/null || return 1
    DEPOT_TODAY=2026-11-23 "$depot" week --week 2026-W48 --format ics --data "$work/first" --output "$work/week2.ics" \
        >/dev/null || return 1
    python3 - "$work/week1.ics" "$work/week2.ics" <<'PY'
import datetime, sys
import icalendar

def events(path):
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    zones = [z for z in calendar.walk("VTIMEZONE")]
    assert [str(z["TZID"]) for z in zones] == ["Europe/Copenhagen"], zones
    return calendar.walk("VEVENT")

first, second = events(sys.argv[1]), events(sys.argv[2])
uids = [str(e["UID"]) for e in first]
assert uids and len(uids) == len(set(uids)), uids
assert uids == [str(e["UID"]) for e in second], "UIDs changed between runs"
visits = 0
for event in first:
    uid = str(event["UID"])
    assert uid.endswith("@depot"), uid
    assert "DTSTAMP" in event and event["SUMMARY"], uid
    start = event["DTSTART"].dt
    if not uid.startswith("event-"):
        visits += 1
        assert isinstance(start, datetime.datetime), uid
        assert event["DTSTART"].params.get("TZID") == "Europe/Copenhagen", uid
        assert start.hour == 8 and event["DTEND"].dt.hour == 12, uid
        assert start.utcoffset() == datetime.timedelta(hours=1), (uid, start)  # CET in November
        assert datetime.date(2026, 11, 23) <= start.date() <= datetime.date(2026, 11, 29), uid
        # One UID per exchange for its whole life: named after the deposit it collects or leaves, not the day
        # (only an overdue deposit's extra tries, one a van day, carry their day).
        kind = uid.split("-")[0]
        assert kind in ("collect", "deliver", "plan", "overdue"), uid
        assert (start.strftime("%Y%m%d") in uid) == (kind == "overdue"), uid
assert visits > 0
PY
}
check "depot week --format ics parses with icalendar: unique, stable UIDs, visits in Europe/Copenhagen" week_ics_parses

week_print_without_printer_says_where() {
    local out
    out=$(DEPOT_NO_PRINTER=1 DEPOT_TODAY=2026-11-27 "$depot" week --data "$work/first" --print --lang en \
        --output "$work/week.txt" 2>&1) || return 1
    grep -q "was written to $work/week.txt" <<<"$out" && grep -q 'week 49' "$work/week.txt" \
        && [ "$(stat -c %a "$work/week.txt")" = 600 ]
}
check "depot week --print without a printer says where it wrote the next week's file" \
    week_print_without_printer_says_where

week_html_print_goes_to_the_browser() {
    local out fakebin
    # Even with a printer on the PATH, a web page is not sent to it (lp would print the HTML source).
    fakebin=$(mktemp -d)
    printf '#!/bin/sh\necho "lp was called" >>"%s/called"\n' "$fakebin" >"$fakebin/lp"
    chmod +x "$fakebin/lp"
    out=$(PATH="$fakebin:$PATH" DEPOT_TODAY=2026-11-27 "$depot" week --data "$work/first" --print --format html \
        --output "$work/week.html" 2>&1) || return 1
    grep -q "open it in a browser" <<<"$out" && [ ! -e "$fakebin/called" ] && grep -q '<html' "$work/week.html"
}
check "depot week --print --format html writes the page for a browser and never sends HTML to lp" \
    week_html_print_goes_to_the_browser
