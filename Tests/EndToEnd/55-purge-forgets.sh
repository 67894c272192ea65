# The purge forgets the championship's readers everywhere Depot wrote them in the library folder: in events.json,
# in the earlier versions kept in backups/, in a temporary file left by a cut-off write, and in the printouts and
# exports saved into the folder. Only the catalogue's book titles may still have the same words (Alma, Noah…).

purge_forgets_every_copy() {
    local lib=$work/forget out name names found
    rm -rf "$lib"
    cp -r "$work/first" "$lib"
    rm -f "$lib/.depot.lock"
    names=$(python3 -c '
import json
events = json.load(open("data/events.json", encoding="utf-8"))["events"]
event = next(e for e in events if e["id"] == "E2027-01")
print("\n".join(sorted({r["firstName"] for r in event["competition"]["readers"]})))')
    [ "$(wc -l <<<"$names")" -ge 10 ] || return 1
    # A few saves of events.json, so backups/ holds versions with the names.
    for day in 01 02 03; do
        DEPOT_TODAY=2027-04-$day "$depot" events note E2027-01 --author S01 "Opfølgning $day" --data "$lib" \
            >/dev/null || return 1
    done
    mkdir -p "$lib/printouts"
    "$depot" competition results E2027-01 --data "$lib" --lang da --output "$lib/printouts/resultater.txt" \
        >/dev/null || return 1
    "$depot" competition certificates E2027-01 --round 1 --data "$lib" --output "$lib/printouts/diplomer.html" \
        >/dev/null || return 1
    "$depot" competition order E2027-01 --round 1 --data "$lib" --lang en --output "$lib/order.txt" >/dev/null \
        || return 1
    DEPOT_NO_PRINTER=1 DEPOT_TODAY=2027-03-12 "$depot" week --date 2027-03-18 --print --data "$lib" --lang en \
        >/dev/null || return 1
    # A temporary file of a write still under way in a live process (so opening the library leaves it alone).
    sleep 120 &
    local writer=$!
    cp "$lib/events.json" "$lib/.events.json.tmp-$writer-0abc"
    grep -qw Alma "$lib/printouts/diplomer.html" && ls "$lib"/backups/events.json.* >/dev/null || return 1

    out=$(DEPOT_TODAY=2028-03-18 "$depot" check --data "$lib") || return 1
    grep -q "^warning: events.json, record E2027-01: 16 readers' names are past their retention date (final 2027-03-18, kept 12 months, until 2028-03-17); run \`depot purge\`$" <<<"$out" \
        && grep -q 'no problems found; 1 warning' <<<"$out" || return 1

    out=$(DEPOT_TODAY=2028-03-18 "$depot" purge --data "$lib" --by S01) || return 1
    grep -q 'Removed the names of 16 readers in 1 competition' <<<"$out" \
        && grep -qE 'Also removed, as they held the names: [0-9]+ earlier versions? of events.json in backups/, 1 temporary file of events.json, lines of the change log in 1 file of history/ and 3 printouts:' <<<"$out" \
        && grep -q '^  printouts/diplomer.html$' <<<"$out" && grep -q '^  order.txt$' <<<"$out" || return 1

    # No file names a reader any more, except the catalogue, where the same words are parts of book titles.
    while read -r name; do
        found=$(grep -rlw -- "$name" "$lib" | grep -v "^$lib/items/")
        if [ -n "$found" ]; then
            echo "    $name is still in: $found"
            return 1
        fi
    done <<<"$names"
    # The week printout (the final is on it, but no reader) stays; backups/ keeps only the purged version.
    [ -f "$lib/printouts/week-2027-W11.txt" ] && [ "$(ls "$lib"/backups/events.json.* | wc -l)" -eq 1 ] \
        && [ ! -e "$lib/.events.json.tmp-$writer-0abc" ] || return 1
    kill "$writer" 2>/dev/null
    python3 - "$lib/events.json" <<'PY' || return 1
import json, re, sys
event = next(e for e in json.load(open(sys.argv[1], encoding="utf-8"))["events"] if e["id"] == "E2027-01")
note = event["log"][-1]
assert note["on"] == "2028-03-18" and note["authorID"] == "S01", note
text = note["text"]
assert "16 oplæsere hedder nu Oplæser 1–Oplæser 16" in text, text
assert re.search(r"[0-9]+ tidligere udgaver? af events\.json i backups/, 1 midlertidig fil, 3 udskrifter "
                 r"\(order\.txt, printouts/diplomer\.html, printouts/resultater\.txt\) og [0-9]+ linjer? i "
                 r"ændringsloggen \(history/\)\.$", text), text
PY
    out=$(DEPOT_TODAY=2028-03-18 "$depot" check --data "$lib") && ! grep -q '^warning' <<<"$out"
}
check "depot purge forgets the readers in backups, temporary files and printouts, and notes what went" \
    purge_forgets_every_copy
