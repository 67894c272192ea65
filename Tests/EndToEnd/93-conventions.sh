# Where Depot meets the tools around it (issue 16): version, man page, completions, JSON, calendars, printing.

version_from_one_place() {
    local want
    want=$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/DepotCore/Text/DepotVersion.swift)
    [ -n "$want" ] && [ "$("$depot" --version)" = "$want" ]
}
check "depot --version prints the version written in DepotVersion" version_from_one_place

man_page_names_every_command() {
    # Every subcommand of `depot --help` has its entry in docs/depot.1 (CI also regenerates and diffs it).
    local name missing=0
    for name in $("$depot" --help | sed -n '/^SUBCOMMANDS:/,/^$/p' | awk 'NR > 1 && /^  [a-z]/ { print $1 }'); do
        grep -q "^\.It Em $name\$" docs/depot.1 || { echo "    not in docs/depot.1: $name"; missing=1; }
    done
    [ "$missing" -eq 0 ]
}
check "the man page has every subcommand" man_page_names_every_command

completions_know_the_commands() {
    local script
    script=$("$depot" --generate-completion-script bash) && grep -q 'competition' <<<"$script" \
        && grep -q -- '--with-items' <<<"$script" && bash -n <<<"$script"
}
check "bash completions list the commands and options, and parse" completions_know_the_commands

json_is_stable_sorted_and_complete() {
    # Several runs give the same bytes; every object has its keys sorted; a key with no value is null, not left out.
    local a b
    a=$("$depot" events --format json --data "$work/first") || return 1
    for _ in 1 2 3; do
        b=$("$depot" events --format json --data "$work/first") || return 1
        [ "$a" = "$b" ] || { echo "    events --format json changed between runs"; return 1; }
    done
    {
        echo "$a"
        echo "@@"
        DEPOT_TODAY=2026-11-23 "$depot" week --week 2026-W49 --format json --data "$work/first"
        echo "@@"
        DEPOT_TODAY=2026-11-23 "$depot" ledger --season 2026/27 --format json --data "$work/first"
        echo "@@"
        "$depot" item 5000100000005 --format json --data "$work/first"
        echo "@@"
        "$depot" export items --format json --data "$work/first"
    } | python3 -c '
import json, sys
docs = [json.loads(part) for part in sys.stdin.read().split("@@")]
def walk(node, path):
    if isinstance(node, dict):
        keys = list(node)
        assert keys == sorted(keys), (path, keys)
        for k, v in node.items(): walk(v, path + "." + k)
    elif isinstance(node, list):
        for i, v in enumerate(node): walk(v, path + f"[{i}]")
for d in docs: walk(d, "$")
events = docs[0]
assert all({"team", "venue"} <= set(e) for e in events), "events lack team or venue"
week_visits = [v for day in docs[1]["days"] for v in day["visits"]]
assert week_visits and all({"address", "phone", "contact", "deliveryNotes", "leave"} <= set(v) for v in week_visits)
assert all("holiday" in day for day in docs[1]["days"])
assert set(docs[2]) == {"rows", "totals"}
assert {"crate", "partner", "deposit", "due", "since", "daysOverdue"} <= set(docs[3])
'
}
check "JSON outputs are stable across runs, keys sorted, empty keys null" json_is_stable_sorted_and_complete

calendar_follows_a_moved_visit() {
    # A calendar that imports each week file as a calendar program does (an entry replaces the one with its UID
    # unless its SEQUENCE is lower; STATUS:CANCELLED removes it) shows a visit once after it moved, and not at all
    # after it was cancelled.
    local lib=$work/moved
    rm -rf "$lib" && cp -r "$work/first" "$lib"
    DEPOT_TODAY=2026-11-23 "$depot" week --week 2026-W48 --format ics --data "$lib" --output "$work/w48.ics" \
        >/dev/null || return 1
    cp "$work/w48.ics" "$work/w48-first.ics"
    DEPOT_TODAY=2026-11-23 "$depot" renew D2026-0036 --due 2026-12-01 --data "$lib" >/dev/null 2>&1 || return 1
    # Another deposit due that week comes home at the desk before the week: its visit is gone.
    DEPOT_TODAY=2026-11-24 "$depot" week --week 2026-W48 --format ics --data "$lib" --output "$work/w48.ics" \
        >/dev/null || return 1
    python3 - "$work/w48-first.ics" "$work/w48.ics" <<'PY'
import sys
import icalendar

shown = {}
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        for event in icalendar.Calendar.from_ical(f.read()).walk("VEVENT"):
            uid, seq = str(event["UID"]), int(event.get("SEQUENCE", 0))
            if uid in shown and shown[uid][0] > seq:
                continue
            if str(event.get("STATUS", "")) == "CANCELLED":
                shown.pop(uid, None)
            else:
                shown[uid] = (seq, event["DTSTART"].dt, str(event["SUMMARY"]))
bikuben = [v for v in shown.values() if "Bikuben" in v[2]]
assert len(bikuben) == 1, bikuben
assert bikuben[0][1].strftime("%Y-%m-%d %H:%M") == "2026-12-01 08:00", bikuben
assert shown["collect-D2026-0036@depot"][0] > 0
PY
}
check "a week's calendar re-exported after a visit moved shows it once, on its new day" calendar_follows_a_moved_visit

calendar_cancels_a_vanished_visit() {
    local lib=$work/cancelled entry
    rm -rf "$lib" && cp -r "$work/first" "$lib"
    DEPOT_TODAY=2026-11-19 "$depot" week --week 2026-W48 --format ics --data "$lib" --output "$work/c48.ics" \
        >/dev/null || return 1
    grep -q '^UID:collect-D2026-0039@depot' "$work/c48.ics" || return 1
    # Solsikken brings its crate home to the desk on the Friday before: Wednesday's collection is off.
    python3 -c '
import glob, json, sys
for path in glob.glob(sys.argv[1] + "/deposits/*.json"):
    for d in json.load(open(path, encoding="utf-8"))["deposits"]:
        if d["id"] == "D2026-0039": print("\n".join(d["itemBarcodes"]))' "$lib" >"$work/scans.txt" || return 1
    DEPOT_TODAY=2026-11-20 "$depot" return D2026-0039 --data "$lib" <"$work/scans.txt" >/dev/null 2>&1 || return 1
    # Written over the file published before, which it reads to know what to cancel.
    DEPOT_TODAY=2026-11-20 "$depot" week --week 2026-W48 --format ics --data "$lib" --output "$work/c48.ics" \
        >/dev/null || return 1
    entry=$(tr -d '\r' <"$work/c48.ics" | awk '/^BEGIN:VEVENT/ { e = "" } { e = e $0 "\n" }
        /^END:VEVENT/ && e ~ /UID:collect-D2026-0039@depot/ { printf "%s", e }')
    grep -q 'STATUS:CANCELLED' <<<"$entry" && grep -q 'DTSTART;TZID=Europe/Copenhagen:20261125T080000' <<<"$entry"
}
check "a visit gone since the previous calendar is published as STATUS:CANCELLED" calendar_cancels_a_vanished_visit

season_feed() {
    DEPOT_TODAY=2026-11-23 "$depot" week --season 2026/27 --format ics --data "$work/first" >"$work/season.ics" \
        || return 1
    python3 - "$work/season.ics" <<'PY'
import sys, datetime
import icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
events = cal.walk("VEVENT")
uids = [str(e["UID"]) for e in events]
assert len(uids) == len(set(uids)) and len(uids) > 20, len(uids)
starts = [e["DTSTART"].dt for e in events]
days = sorted(d.date() if isinstance(d, datetime.datetime) else d for d in starts)
assert days[-1] - days[0] > datetime.timedelta(days=60), (days[0], days[-1])
PY
    [ $? -eq 0 ] || return 1
    ! "$depot" week --season 2026/27 --format json --data "$work/first" >/dev/null 2>&1
}
check "depot week --season --format ics is one feed for the season; --season goes with ics only" season_feed

readme_command_lines_work() {
    # Every command line of the README's table, with each of its options, against copies of the sample: none is
    # refused by the argument parser (an option or form the README promises and the program lacks).
    local dir=$work/readme
    rm -rf "$dir" && mkdir -p "$dir"
    "$depot" export items --data "$work/first" --output "$dir/items.csv" >/dev/null || return 1
    "$depot" export items --format xlsx --data "$work/first" --output "$dir/items.xlsx" >/dev/null || return 1
    python3 Tests/EndToEnd/readme_commands.py "$depot" README.md data "$dir" | tail -n 40
    [ "${PIPESTATUS[0]}" -eq 0 ]
}
check "every README command line, with each of its options, runs against the sample" readme_command_lines_work

print_fits_a4_on_the_chosen_printer() {
    local fakebin lib out
    fakebin=$(mktemp -d)
    lib=$work/printing
    rm -rf "$lib" && cp -r "$work/first" "$lib"
    # A stand-in lp that records what it was given.
    printf '#!/bin/sh\nfor a in "$@"; do echo "$a"; done >"%s/args"\n' "$fakebin" >"$fakebin/lp"
    chmod +x "$fakebin/lp"
    PATH="$fakebin:$PATH" DEPOT_TODAY=2026-11-27 "$depot" week --data "$lib" --print --printer boernekontor \
        --output "$work/print.txt" >/dev/null || return 1
    grep -qx -- '-d' "$fakebin/args" && grep -qx 'boernekontor' "$fakebin/args" && grep -qx 'cpi=12' "$fakebin/args" \
        && grep -qx 'lpi=6' "$fakebin/args" && grep -qx 'media=A4' "$fakebin/args" \
        && grep -qx 'page-left=36' "$fakebin/args" && [ "$(tail -n 1 "$fakebin/args")" = "$work/print.txt" ] || return 1
    # The library's own printer, when --printer is not given.
    python3 - "$lib/library.json" <<'PY'
import json, sys
path = sys.argv[1]
doc = json.load(open(path, encoding="utf-8"))
doc["library"]["printer"] = "bibliotek-sal"
json.dump(doc, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2, sort_keys=True)
PY
    PATH="$fakebin:$PATH" DEPOT_TODAY=2026-11-27 "$depot" week --data "$lib" --print --output "$work/print2.txt" \
        >/dev/null || return 1
    grep -qx 'bibliotek-sal' "$fakebin/args" || return 1
    rm -f "$fakebin/args"
    # Files for other programs are not for paper: refused, and lp never called.
    for format in ics json; do
        out=$(PATH="$fakebin:$PATH" "$depot" week --data "$lib" --print --format "$format" 2>&1)
        [ $? -ne 0 ] && grep -q -- '--print is for paper' <<<"$out" && [ ! -e "$fakebin/args" ] || return 1
    done
    out=$("$depot" week --data "$lib" --print --printer='-o evil' 2>&1)
    [ $? -ne 0 ] && grep -q -- '--printer: .* is not a printer name' <<<"$out" || return 1
    # A printer that refuses: lp's own reason and where the file was saved, nothing else on the terminal.
    printf '#!/bin/sh\necho "lp: Error - No default destination." >&2\nexit 1\n' >"$fakebin/lp"
    out=$(PATH="$fakebin:$PATH" DEPOT_TODAY=2026-11-27 "$depot" week --data "$lib" --print --output "$work/p3.txt" 2>&1)
    [ $? -ne 0 ] && [ -s "$work/p3.txt" ] && [ "$(wc -l <<<"$out")" -eq 1 ] \
        && grep -qF "(lp: Error - No default destination.). The file is saved: $work/p3.txt" <<<"$out" \
        || { echo "$out"; return 1; }
}
check "depot week --print sends text laid out for A4 to --printer or the library's printer; ics and json refused" \
    print_fits_a4_on_the_chosen_printer

xlsx_keeps_text_as_text() {
    python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install --quiet openpyxl >/dev/null 2>&1 \
        || python3 -m pip install --quiet --break-system-packages openpyxl >/dev/null 2>&1 || return 1
    local what
    for what in items deposits ledger; do
        DEPOT_TODAY=2026-11-23 "$depot" export "$what" --format xlsx --data "$work/first" \
            --output "$work/$what.xlsx" >/dev/null || return 1
    done
    [ "$(stat -c %a "$work/items.xlsx")" = 600 ] || return 1
    "$depot" export items --format xlsx --data "$work/first" >/dev/null 2>&1 && return 1
    python3 - "$work" "$work/first" <<'PY'
import catalogue, datetime, json, sys
import openpyxl
folder, library = sys.argv[1], sys.argv[2]
stored = catalogue.by_barcode(library)
rows = list(openpyxl.load_workbook(f"{folder}/items.xlsx").active.iter_rows(values_only=True))
head = rows[0]
assert len(rows) - 1 == len(stored)
for row in rows[1:]:
    item = dict(zip(head, row))
    assert isinstance(item["barcode"], str) and item["barcode"] in stored, item
    assert isinstance(item["ageBand"], str) and item["ageBand"] == stored[item["barcode"]]["ageBand"], item
    assert isinstance(item["price"], float) and f'{item["price"]:.2f}' == stored[item["barcode"]]["price"], item
deposits = list(openpyxl.load_workbook(f"{folder}/deposits.xlsx").active.iter_rows(values_only=True))
d = dict(zip(deposits[0], deposits[1]))
assert isinstance(d["dueOn"], datetime.datetime) and isinstance(d["items"], int), d
ledger = list(openpyxl.load_workbook(f"{folder}/ledger.xlsx").active.iter_rows(values_only=True))
assert ledger[-1][ledger[0].index("partner")] == "Total"
PY
}
check "depot export --format xlsx: barcodes and age bands are text, amounts numbers, days dates (openpyxl)" \
    xlsx_keeps_text_as_text

# A workbook written by openpyxl, an independent xlsx writer, read by `depot import items`: text cells are text, a
# barcode in a number cell or an age band in a date cell is named by row and column and never added.
library_state() {
    # Every data file's checksum (the catalogue may be one file or several), the change log and backups left out.
    (cd "$1" && find . -name '*.json' -not -path './backups/*' -not -path './history/*' -print0 | sort -z \
        | xargs -0 sha256sum)
}
xlsx_import_reads_what_openpyxl_wrote() {
    python3 -c 'import openpyxl' 2>/dev/null || return 1
    local lib=$work/xlsx-import out before status
    rm -rf "$lib" && cp -r "$work/first" "$lib" && rm -f "$lib/.depot.lock"
    # Round trip: Depot's own workbook imports back as no change at all.
    "$depot" export items --format xlsx --data "$lib" --output "$work/own.xlsx" >/dev/null || return 1
    before=$(library_state "$lib")
    out=$("$depot" import items "$work/own.xlsx" --data "$lib" 2>&1) || { echo "$out"; return 1; }
    grep -q '^  0 new items$' <<<"$out" && grep -q '^  0 changed items$' <<<"$out" \
        && grep -q '^  0 bad rows$' <<<"$out" && grep -q 'Nothing to change' <<<"$out" \
        && [ "$(library_state "$lib")" = "$before" ] || { echo "$out"; return 1; }
    existing=$(python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["barcode"])' \
        < <("$depot" export items --format json --data "$lib"))
    python3 - "$work/circulation.xlsx" "$existing" <<'PY' || return 1
import datetime, sys
import openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Udtræk"
ws.append(["Stregkode", "Titel", "Forfatter", "Alder", "Pris", "Materialetype"])
ws.append(["0012345678905", "Nul foran", "Ida Jensen", "3-6", 199.95, "billedbog"])   # row 2: text, new
ws.append([12345678905, "Nul tabt", None, "3-6", 100, "billedbog"])                    # row 3: number, zeros lost
ws.append([int(sys.argv[2]), "Kendt som tal", None, "3-6", 100, "billedbog"])          # row 4: number, known
ws.append(["0099999999999", "Alder som dato", None, datetime.date(2026, 3, 6), "149,95", "papbog"])  # row 5
ws.cell(row=5, column=4).number_format = "dd-mm-yyyy"
ws.append([4242424242424, "Ny som tal", None, "0-3", 99.5, "papbog"])                  # row 6: number, new
ws.append(["0077777777777", "Skolebogen", "Per Hansen", "Skole", "249,95 kr.", "bog"])  # row 7: text, new
wb.save(sys.argv[1])
PY
    local map=barcode=Stregkode,title=Titel,author=Forfatter,ageBand=Alder,price=Pris,format=Materialetype
    before=$(library_state "$lib")
    out=$("$depot" import items "$work/circulation.xlsx" --data "$lib" --map "$map" 2>&1)
    status=$?
    [ "$status" -ne 0 ] && [ "$(library_state "$lib")" = "$before" ] \
        && grep -q '^  2 new items$' <<<"$out" && grep -q '^  3 bad rows$' <<<"$out" \
        && grep -qF 'circulation.xlsx row 3: column A ("Stregkode"): barcode 12345678905 is a number cell' <<<"$out" \
        && grep -qF 'circulation.xlsx row 5: column D ("Alder") holds the date 2026-03-06, not an age band' <<<"$out" \
        && grep -qF 'circulation.xlsx row 6: column A ("Stregkode"): barcode 4242424242424 is a number cell' <<<"$out" \
        && grep -qF "circulation.xlsx row 4: column A (\"Stregkode\"): barcode $existing is a number cell" <<<"$out" \
        || { echo "$out"; return 1; }
    out=$("$depot" import items "$work/circulation.xlsx" --data "$lib" --map "$map" --skip-bad 2>&1) \
        || { echo "$out"; return 1; }
    grep -q 'Saved 2 new items and 1 changed item' <<<"$out" || { echo "$out"; return 1; }
    "$depot" export items --format json --data "$lib" | python3 -c '
import json, sys
items = {i["barcode"]: i for i in json.load(sys.stdin)}
assert items["0012345678905"]["title"] == "Nul foran" and items["0012345678905"]["ageBand"] == "3-6", items["0012345678905"]
assert items["0012345678905"]["price"] == "199.95" and items["0012345678905"]["author"] == "Ida Jensen"
assert items["0077777777777"]["ageBand"] == "school", items["0077777777777"]
assert items["0077777777777"]["price"] == "249.95", items["0077777777777"]
for lost in ("12345678905", "4242424242424", "0099999999999"):
    assert lost not in items, lost
' || return 1
    # Now the catalogue has 0012345678905: the number 12345678905 is named as that barcode with its zeros lost.
    out=$("$depot" import items "$work/circulation.xlsx" --data "$lib" --map "$map" --dry-run 2>&1)
    grep -qF 'row 3: column A ("Stregkode"): barcode 12345678905 is 0012345678905 with its leading zeros lost' \
        <<<"$out" || { echo "$out"; return 1; }
    # Bad input is named with what is wrong.
    printf 'PK not really' >"$work/broken.xlsx"
    out=$("$depot" import items "$work/broken.xlsx" --data "$lib" 2>&1) && return 1
    grep -qF "broken.xlsx is not an xlsx workbook" <<<"$out" || { echo "$out"; return 1; }
    python3 -c 'import zipfile, sys; zipfile.ZipFile(sys.argv[1], "w").writestr("word/document.xml", "<w/>")' \
        "$work/nosheet.xlsx"
    out=$("$depot" import items "$work/nosheet.xlsx" --data "$lib" 2>&1) && return 1
    grep -qF "nosheet.xlsx: it has no workbook" <<<"$out" || { echo "$out"; return 1; }
    out=$("$depot" import items "$work/circulation.xlsx" --data "$lib" 2>&1) && return 1
    grep -qF "circulation.xlsx: no column \"barcode\" for barcode" <<<"$out" || { echo "$out"; return 1; }
}
check "depot import reads an xlsx written by openpyxl: text stays text, number barcodes and date age bands named" \
    xlsx_import_reads_what_openpyxl_wrote
