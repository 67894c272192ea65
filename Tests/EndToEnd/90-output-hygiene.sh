# Data safety at the edges: no success line for a save that was refused, control characters from the library shown
# and not obeyed, CSV that a spreadsheet cannot run as a formula (and that reads back unchanged), and printer
# commands that never take a file name for an option.

hygiene_library() {
    rm -rf "$work/$1"
    cp -r "$work/first" "$work/$1"
    rm -f "$work/$1/.depot.lock"
}

# The library's lock file is a planted symbolic link, so the store may only read (another Depot having the library
# open is no longer a reason: see 46-several-desks.sh). Each changing command must say so on stderr, exit non-zero
# and print no success.
refused_saves_print_no_success() {
    local dir="$work/refused" before out err status
    hygiene_library refused
    ln -s "$work/refused-lock-target" "$dir/.depot.lock"
    before=$(sha256sum "$dir/events.json")
    while IFS= read -r line; do
        eval "set -- $line"
        out=$(DEPOT_TODAY=2026-11-23 "$depot" "$@" --data "$dir" 2>"$work/refused.err")
        status=$?
        err=$(cat "$work/refused.err")
        if [ "$status" -eq 0 ] || [ -n "$out" ] || ! grep -q '^depot: The library is open read-only' <<<"$err"; then
            echo "    $line: status $status, stdout [$out], stderr [$err]"
            return 1
        fi
    done <<'COMMANDS'
events note E2027-01 --author S01 "A note that must not be reported as written"
events task add E2027-01 --title "Book the hall" --owner S01 --due 2026-12-01
events task done E2027-01 1
competition score E2027-01 --round 1 --judge J1 --reader R01 technique=4
COMMANDS
    [ "$(sha256sum "$dir/events.json")" = "$before" ] && [ ! -e "$work/refused-lock-target" ] || return 1
    # With a lock file of its own the same note is saved and reported.
    rm "$dir/.depot.lock"
    out=$(DEPOT_TODAY=2026-11-23 "$depot" events note E2027-01 --author S01 "Saved this time" --data "$dir") \
        && grep -q '^Noted in E2027-01 ' <<<"$out" && grep -q 'Saved this time' "$dir/events.json"
}
check "events note, task add, task done and competition score print no success when the save is refused" \
    refused_saves_print_no_success

# Partner names and event titles with an escape sequence, a bell, a C1 control, DEL and a right-to-left override.
control_characters_are_shown_not_obeyed() {
    local dir="$work/controls" out
    hygiene_library controls
    python3 - "$dir" <<'PY' || return 1
import json, sys
folder = sys.argv[1]
bad = "\x1b]0;owned\x07\x1b[31m\x9b\x7f\u202e"
for name, key, field in [("partners.json", "partners", "name"), ("events.json", "events", "title")]:
    path = f"{folder}/{name}"
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for record in data[key]:
        record[field] = record[field] + bad
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
PY
    out=$(DEPOT_TODAY=2026-11-23 "$depot" ledger --season 2026/27 --data "$dir"; \
        DEPOT_TODAY=2026-11-23 "$depot" events --data "$dir"; \
        DEPOT_TODAY=2026-11-23 "$depot" events task list E2027-01 --data "$dir"; \
        DEPOT_TODAY=2026-11-23 "$depot" week --week 2026-W48 --data "$dir" --lang da) || return 1
    python3 - "$out" <<'PY'
import sys
out = sys.argv[1]
raw = [c for c in out if (ord(c) < 0x20 and c not in "\n\f") or 0x7f <= ord(c) <= 0x9f or c == "\u202e"]
assert not raw, sorted(set(map(hex, map(ord, raw))))
for shown in ["\\u{1B}]0;owned\\u{7}\\u{1B}[31m\\u{9B}\\u{7F}\\u{202E}"]:
    assert shown in out, shown
assert "Syddjursmesterskaberne i oplæsning" in out and "Ugeplan · uge 48" in out
PY
}
check "ledger, events, task list and week show control characters from the library escaped, æøå kept" \
    control_characters_are_shown_not_obeyed

# A value of 2 MB with a NUL and an escape sequence in a damaged file gives a message of a few lines.
damaged_value_gives_a_short_message() {
    local dir="$work/huge" out
    hygiene_library huge
    python3 - "$dir/items/05.json" <<'PY' || return 1
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = text.replace('"ageBand":"3-6"', '"ageBand":"' + "x" * 2_000_000 + '\\u0000\\u001b[2J"', 1)
open(path, "w", encoding="utf-8").write(text)
PY
    "$depot" check --data "$dir" >"$work/huge.out" 2>&1 && return 1
    python3 - "$work/huge.out" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
assert len(data) < 1000, len(data)
assert b"\0" not in data and b"\x1b" not in data, data
assert b"items/05.json line 4" in data and "…".encode() in data, data
PY
}
check "depot check on a 2 MB field value with NUL and ESC says so in a few hundred bytes, no control bytes" \
    damaged_value_gives_a_short_message

# Titles a spreadsheet would run as formulas are exported with a quote in front and read back unchanged.
csv_formulas_are_neutralised_and_read_back() {
    local dir="$work/formulas" before out
    hygiene_library formulas
    python3 - "$dir" <<'PY' || return 1
import catalogue, sys
items = catalogue.load(sys.argv[1])
titles = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1:A2)", "'=already quoted"]
for item, title in zip(items, titles):
    item["title"] = title
catalogue.save(sys.argv[1], items)
PY
    before=$(catalogue_sum "$dir")
    "$depot" export items --data "$dir" --output "$work/formulas.csv" >/dev/null || return 1
    "$depot" export items --excel --data "$dir" --output "$work/formulas-excel.csv" >/dev/null || return 1
    python3 - "$work/formulas.csv" <<'PY' || return 1
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
titles = [row[1] for row in rows[1:6]]
assert titles == ["'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2+3", "'@SUM(A1:A2)", "''=already quoted"], titles
assert all(not row[1][:1] in "=+-@" for row in rows[1:]), "a title starts like a formula"
assert all(not row[6].startswith("'") for row in rows[1:]), "prices must stay numbers"
PY
    for file in "$work/formulas.csv" "$work/formulas-excel.csv"; do
        out=$("$depot" import items "$file" --data "$dir") || return 1
        grep -q '^  0 changed items$' <<<"$out" && grep -q '^  0 new items$' <<<"$out" \
            && grep -q 'Nothing to change; the catalogue was not written' <<<"$out" || return 1
    done
    [ "$(catalogue_sum "$dir")" = "$before" ]
}
check "depot export items neutralises formula titles; depot import items reads them back with no change" \
    csv_formulas_are_neutralised_and_read_back

# A file name starting with "-" reaches lp as an absolute path, never as an option.
printer_gets_no_option_from_a_file_name() {
    local fakebin out
    fakebin=$(mktemp -d)
    printf '#!/bin/sh\nprintf "%%s\\n" "$@" >"%s/argv"\n' "$fakebin" >"$fakebin/lp"
    chmod +x "$fakebin/lp"
    out=$(cd "$work" && PATH="$fakebin:$PATH" DEPOT_TODAY=2026-11-27 "$depot" week --data "$work/first" --print \
        --output=-week.txt 2>&1) || { rm -rf "$fakebin"; return 1; }
    local argv
    argv=$(cat "$fakebin/argv" 2>/dev/null)
    rm -rf "$fakebin"
    # The file is the last argument, made absolute; before it only Depot's own A4 options (-o key=value).
    grep -q 'Sent week' <<<"$out" && [ "$(tail -n 1 <<<"$argv")" = "$work/-week.txt" ] && [ -f "$work/-week.txt" ] \
        && ! head -n -1 <<<"$argv" | grep -qvxE -- '-o|[a-z-]+=[A-Za-z0-9]+'
}
check "depot week --print --output=-week.txt gives lp the absolute path, not an option" \
    printer_gets_no_option_from_a_file_name

parser_refusals_are_cut() {
    local long err status
    long=$(python3 -c 'print("ø" * 3000)')
    err=$("$depot" competition results E2027-01 --format "$long" --data "$work/first" 2>&1 >/dev/null)
    status=$?
    [ "$status" -eq 64 ] && [ "${#err}" -lt 2000 ] && grep -q "^Error: " <<<"$err" || return 1
    err=$(DEPOT_TODAY=2026-12-01 "$depot" plan explain --season 9999/00 P001 2026-11-26 --data "$work/first" 2>&1)
    [ $? -eq 64 ] && grep -q "reaches outside" <<<"$err" || return 1
    [ "$("$depot" --help | wc -l)" -gt 20 ]
}
check "the argument parser's own refusals are cut like every message; a season beyond 9999 is refused, help is whole" \
    parser_refusals_are_cut
