# Commands without a screen: item import, exports, the overdue and due lists, the ledger and reminder letters.

deposit_library() {
    rm -rf "$work/commands"
    cp -r "$work/first" "$work/commands"
    rm -f "$work/commands/.depot.lock"
}
deposit_library

map="barcode=Stregkode,title=Titel,author=Forfatter,price=Pris,ageBand=Alder,theme=Emne,format=Materialetype"

# As Danish Excel saves it: a byte order mark, ';', CRLF. Line 2 changes a price, line 3 is new, line 4 has a bad
# price, lines 5 and 6 carry the same barcode with different titles.
first_barcode=""
write_import_file() {
    first_barcode=$(python3 -c 'import catalogue,sys; print(catalogue.load(sys.argv[1])[0]["barcode"])' \
        "$work/commands")
    {
        printf '\xef\xbb\xbfStregkode;Titel;Forfatter;Pris;Alder;Emne;Materialetype\r\n'
        printf '%s;"Bamse; den ""store""";Ida Jensen;249,95;Børn 3-6 år;Dyr;Billedbog\r\n' "$first_barcode"
        printf '9788799000001;Månen og mig;Ida Jensen;149,95;Børn 0-3 år;Rummet;Papbog\r\n'
        printf '9788799000002;Stjernen;;12,3,4;3-6;;Billedbog\r\n'
        printf '9788799000003;Skolebogen;Per Hansen;199;skole;Skole;Bog\r\n'
        printf '9788799000003;Skolebogen, 2. udgave;Per Hansen;199;skole;Skole;Bog\r\n'
    } >"$work/items.csv"
}
write_import_file

import_dry_run_changes_nothing() {
    local before out status
    before=$(catalogue_sum "$work/commands")
    out=$(cd "$work" && "$depot" import items items.csv --data "$work/commands" --map "$map" --dry-run 2>&1)
    status=$?
    [ "$status" -ne 0 ] && [ "$(catalogue_sum "$work/commands")" = "$before" ] \
        && grep -qF 'items.csv line 4: price "12,3,4" is not an amount' <<<"$out" \
        && grep -qF 'barcode 9788799000003 is on lines 5 and 6' <<<"$out" \
        && grep -q '1 new item' <<<"$out" && grep -q '1 changed item' <<<"$out" \
        && grep -q 'Dry run; nothing was written' <<<"$out"
}
check "import --dry-run lists new, changed, duplicate and bad rows by line and writes nothing" \
    import_dry_run_changes_nothing

import_refuses_bad_rows() {
    local before out
    before=$(catalogue_sum "$work/commands")
    out=$(cd "$work" && "$depot" import items items.csv --data "$work/commands" --map "$map" 2>&1)
    [ $? -ne 0 ] && [ "$(catalogue_sum "$work/commands")" = "$before" ] \
        && grep -q '^depot: items.csv has 1 bad row' <<<"$out"
}
check "import without --skip-bad refuses a file with bad rows and writes nothing" import_refuses_bad_rows

import_skip_bad_saves_the_rest() {
    local out
    out=$(cd "$work" && "$depot" import items items.csv --data "$work/commands" --map "$map" --skip-bad 2>&1) \
        || return 1
    grep -q 'Saved 1 new item and 1 changed item' <<<"$out" || return 1
    python3 - "$work/commands" "$first_barcode" <<'PY' || return 1
import catalogue, sys
items = catalogue.by_barcode(sys.argv[1])
new = items["9788799000001"]
assert new["title"] == "Månen og mig" and new["price"] == "149.95" and new["ageBand"] == "0-3", new
assert new["format"] == "boardBook" and new["status"] == "available", new
assert "9788799000002" not in items and "9788799000003" not in items
first = items[sys.argv[2]]
assert first["title"] == 'Bamse; den "store"' and first["price"] == "249.95", first
PY
    "$depot" check --data "$work/commands" | grep -q "no problems found"
}
check "import --skip-bad saves the good rows in one go and the library still checks" import_skip_bad_saves_the_rest

import_again_changes_nothing() {
    local before out
    before=$(catalogue_sum "$work/commands")
    out=$(cd "$work" && "$depot" import items items.csv --data "$work/commands" --map "$map" --skip-bad 2>&1)
    [ $? -eq 0 ] && grep -q 'Nothing to change' <<<"$out" \
        && [ "$(catalogue_sum "$work/commands")" = "$before" ]
}
check "importing the same file again changes nothing" import_again_changes_nothing

import_names_a_missing_column() {
    local out
    out=$(cd "$work" && "$depot" import items items.csv --data "$work/commands" 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: items.csv: no column "barcode"' <<<"$out"
}
check "import names the missing column when the mapping does not fit" import_names_a_missing_column

overdue_lists_three() {
    local out json
    out=$(DEPOT_TODAY=2026-11-23 "$depot" overdue --data "$work/first") || return 1
    grep -q '^3 deposits overdue on 2026-11-23' <<<"$out" || return 1
    [ "$(grep -cE ' [0-9]+ days$' <<<"$out")" -eq 3 ] || return 1
    json=$(DEPOT_TODAY=2026-11-23 "$depot" overdue --data "$work/first" --format json) || return 1
    python3 -c '
import json, sys
rows = json.loads(sys.argv[1])
assert len(rows) == 3, rows
assert all(row["daysOverdue"] > 0 and len(row["dueOn"]) == 10 for row in rows), rows
assert list(rows[0]) == sorted(["deposit", "partnerID", "partner", "route", "crates", "keptBack", "dueOn", "daysOverdue"])
' "$json"
}
check "depot overdue lists the sample's 3 overdue deposits as text and JSON" overdue_lists_three

due_within_parses() {
    local csv
    csv=$(DEPOT_TODAY=2026-11-23 "$depot" due --data "$work/first" --within 2w --format csv) || return 1
    python3 -c '
import csv, io, sys
rows = list(csv.DictReader(io.StringIO(sys.argv[1], newline="")))
assert rows and all(0 <= int(row["daysLeft"]) <= 14 for row in rows), rows
' "$csv" && ! "$depot" due --data "$work/first" --within soon >/dev/null 2>&1
}
check "depot due --within 2w lists deposits due in the next 14 days as CSV" due_within_parses

ledger_shows_waived_total() {
    local out
    out=$(DEPOT_TODAY=2026-11-23 "$depot" ledger --season 2026/27 --data "$work/first") || return 1
    grep -q 'amounts in DKK' <<<"$out" && grep -qE '^Total +([0-9]+ +){6}[1-9][0-9]*\.[0-9]{2} +[0-9]+\.[0-9]{2}$' <<<"$out"
}
check "depot ledger --season 2026/27 shows a waived total" ledger_shows_waived_total

ledger_for_one_partner() {
    local out
    out=$(DEPOT_TODAY=2026-11-23 "$depot" ledger --season 2026/27 --partner violen --data "$work/first") || return 1
    grep -q 'Børnehaven Violen' <<<"$out" && [ "$(grep -c Børnehuset <<<"$out")" -eq 0 ]
}
check "depot ledger --partner finds a partner by part of its name" ledger_for_one_partner

exports_parse() {
    local dir=$work/exports
    mkdir -p "$dir"
    DEPOT_TODAY=2026-11-23 "$depot" export items --data "$work/first" --output "$dir/items.csv" >/dev/null \
        && DEPOT_TODAY=2026-11-23 "$depot" export items --data "$work/first" --format json >"$dir/items.json" \
        && DEPOT_TODAY=2026-11-23 "$depot" export deposits --season 2026/27 --data "$work/first" --excel \
            >"$dir/deposits.csv" \
        && DEPOT_TODAY=2026-11-23 "$depot" export ledger --season 2026/27 --data "$work/first" --format json \
            >"$dir/ledger.json" || return 1
    [ "$(stat -c %a "$dir/items.csv")" = 600 ] || return 1
    python3 - "$dir" "$work/first" <<'PY'
import catalogue, csv, json, sys
folder, library = sys.argv[1], sys.argv[2]
stored = catalogue.load(library)
with open(f"{folder}/items.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
as_json = json.load(open(f"{folder}/items.json", encoding="utf-8"))
assert len(rows) == len(as_json) == len(stored)
for row, obj, item in zip(rows, as_json, stored):
    for key in ("barcode", "title", "ageBand", "format", "price", "status"):
        assert row[key] == obj[key] == item[key], (key, row, obj, item)
with open(f"{folder}/deposits.csv", newline="", encoding="utf-8-sig") as f:
    deposits = list(csv.DictReader(f, delimiter=";"))
assert deposits and all(d["season"] == "2026/27" for d in deposits)
ledger = json.load(open(f"{folder}/ledger.json", encoding="utf-8"))
totals, rows = ledger["totals"], ledger["rows"]
assert totals["partner"] == "Total" and totals["partnerID"] is None
assert rows and all(r["partnerID"] for r in rows)
assert float(totals["waived"]) > 0
from decimal import Decimal
assert sum(Decimal(r["waived"]) for r in rows) == Decimal(totals["waived"])
PY
}
check "exports of items, deposits and the ledger parse as CSV and JSON with the same values" exports_parse

remind_writes_letters() {
    local out
    out=$(DEPOT_TODAY=2026-11-23 "$depot" remind --data "$work/first" --lang en) || return 1
    grep -q 'A reminder about your book crates' <<<"$out" && grep -q $'\f' <<<"$out" || return 1
    DEPOT_TODAY=2026-11-23 "$depot" remind --data "$work/first" --partner violen --lang da \
        --output "$work/violen.txt" >/dev/null || return 1
    [ "$(stat -c %a "$work/violen.txt")" = 600 ] && grep -q 'Børnehaven Violen' "$work/violen.txt" \
        && ! grep -q $'\f' "$work/violen.txt" \
        && python3 -c 'import sys; assert max(map(len, open(sys.argv[1], encoding="utf-8").read().splitlines())) <= 80' \
            "$work/violen.txt"
}
check "depot remind writes letters separated by form feeds, one partner's to a file" remind_writes_letters

command_errors_name_the_problem() {
    local out
    out=$("$depot" import items "$work/no-such.csv" --data "$work/commands" 2>&1)
    [ $? -ne 0 ] && grep -q "^depot: $work/no-such.csv: cannot be read" <<<"$out" || return 1
    out=$("$depot" ledger --partner "no such partner" --data "$work/first" 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: --partner: no partner is called' <<<"$out"
}
check "commands name what is wrong and exit non-zero" command_errors_name_the_problem
