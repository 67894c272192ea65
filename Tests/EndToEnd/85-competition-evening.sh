# The evening of the championship's school heat, on a copy of the sample library: two judges' sheets entered with
# `depot competition score`, the third judge's typed into the score-entry screen, a tie for first place at Rønde
# Skole resolved by a read-off, the two school winners moved on to the final, and the results printed.
# Uses open_screen, wait_for and type_text from 20-screen.sh.

# The sample's heat cut down to the two schools whose heat is held tonight (Rønde Skole and Hornslet Skole, three
# readers each, one advances per school), with a third judge on the jury.
prepare_evening() {
    rm -rf "$work/evening"
    cp -r "$work/first" "$work/evening"
    rm -f "$work/evening/.depot.lock"
    python3 - "$work/evening/events.json" <<'PY'
import json, sys
path = sys.argv[1]
data = json.load(open(path, encoding="utf-8"))
event = next(e for e in data["events"] if e["id"] == "E2027-01")
heat = event["competition"]["rounds"][0]
heat["readerIDs"] = ["R01", "R02", "R03", "R04", "R05", "R06"]
heat["judges"].append({"id": "J3", "name": "Birgit Holm", "role": "storyteller"})
with open(path, "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=2, sort_keys=True)
    f.write("\n")
PY
}

# One judge's sheet: READER technique interpretation passage, one reader per line on standard input.
enter_sheet() {
    local judge=$1 reader t i p
    while read -r reader t i p; do
        DEPOT_TODAY=2026-11-23 "$depot" competition score E2027-01 --round 1 --judge "$judge" --reader "$reader" \
            technique="$t" interpretation="$i" passage="$p" --data "$work/evening" >/dev/null || return 1
    done
}

competition_scores_from_the_command_line() {
    prepare_evening || return 1
    # Lene Ebbesen first types 3 for Alma's reading technique, then corrects it to 5.
    DEPOT_TODAY=2026-11-23 "$depot" competition score E2027-01 --round 1 --judge J1 --reader R01 technique=3 \
        --data "$work/evening" >/dev/null || return 1
    enter_sheet J1 <<'SHEET' || return 1
R01 5 4 4
R02 4 4 5
R03 3 3 3
R04 5 5 4
R05 3 4 3
R06 2 3 3
SHEET
    enter_sheet "Sanne" <<'SHEET' || return 1
R01 4 4 4
R02 4 5 4
R03 3 3 3
R04 4 4 4
R05 3 3 3
R06 3 3 2
SHEET
    python3 - "$work/evening/events.json" <<'PY' || return 1
import json, sys
event = next(e for e in json.load(open(sys.argv[1], encoding="utf-8"))["events"] if e["id"] == "E2027-01")
sheets = {s["judgeID"]: s for s in event["competition"]["rounds"][0]["sheets"]}
assert len(sheets["J1"]["scores"]) == 18 and len(sheets["J2"]["scores"]) == 18, sheets
c = sheets["J1"]["corrections"]
assert [(x["readerID"], x["criterionID"], x["oldPoints"], x["newPoints"], x["on"]) for x in c] \
    == [("R01", "technique", 3, 5, "2026-11-23")], c
assert "J3" not in sheets
PY
    # Points out of range, an unknown criterion and an unclear reader are refused by name; nothing is saved.
    local before out refused
    refused='^depot: passage=7: 7 points for Alma (5.a, Rønde Skole) in Tekstvalg og forståelse is outside 0–5.$'
    before=$(sha256sum <"$work/evening/events.json")
    out=$("$depot" competition score E2027-01 --round 1 --judge J3 --reader R01 technique=4 passage=7 \
        --data "$work/evening" 2>&1)
    [ $? -ne 0 ] && grep -q "$refused" <<<"$out" || { echo "    | $out"; return 1; }
    out=$("$depot" competition score E2027-01 --round 1 --judge J3 --reader Clara voice=4 --data "$work/evening" 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: --reader Clara fits 2 readers in Skolerunde; give the id' <<<"$out" \
        || { echo "    | $out"; return 1; }
    out=$("$depot" competition score E2027-01 --round 1 --judge J3 --reader R02 voice=4 --data "$work/evening" 2>&1)
    [ $? -ne 0 ] && grep -q "^depot: voice=4: the round's criteria are technique (Læseteknik, 0–5)" <<<"$out" \
        || { echo "    | $out"; return 1; }
    [ "$(sha256sum <"$work/evening/events.json")" = "$before" ]
}
check "depot competition score enters two judges' sheets, keeps a correction in the log, refuses bad points" \
    competition_scores_from_the_command_line

competition_third_judge_in_the_screen() {
    [ -f "$work/evening/events.json" ] || return 1
    open_screen evening "$work/evening"
    wait_for "uge 48" || return 1
    tmux send-keys -t "$session" 8
    wait_for "8 Arrangementer" || return 1
    tmux send-keys -t "$session" /
    type_text "Syddjursmesterskaberne"
    tmux send-keys -t "$session" Enter
    tmux send-keys -t "$session" s
    # The sheet opens on the judge who has not scored yet, on the first reader.
    wait_for "Point · Skolerunde · Syddjursmesterskaberne i oplæsning 2027" || return 1
    wait_for "Dommer 3 af 3: Birgit Holm (fortæller)" || return 1
    wait_for "Alma, 5.a (Rønde Skole) · Læseteknik: 0–5 point" || return 1
    # A 7 is refused as it is typed; the cursor stays on the cell.
    type_text "7"
    wait_for "Læseteknik giver højst 5 point; 7 er ikke gemt." || return 1
    # Birgit Holm's sheet, reader by reader: each digit is saved and moves on.
    type_text "454444334544433323"
    wait_for "18/18 udfyldt" || return 1
    # Alma and Clara now share first place at Rønde Skole on 38 points: a read-off is needed.
    wait_for "Alma, 5.a     Rønde Skole           4         5         4   13    38    1=" || return 1
    wait_for "Clara, 5.b    Rønde Skole           4         4         4   12    38    1=" || return 1
    tmux send-keys -t "$session" Escape
    tmux send-keys -t "$session" q
    wait_for "EXITED 0" || return 1
    tmux kill-session -t "$session"
    python3 - "$work/evening/events.json" <<'PY'
import json, sys
event = next(e for e in json.load(open(sys.argv[1], encoding="utf-8"))["events"] if e["id"] == "E2027-01")
sheet = next(s for s in event["competition"]["rounds"][0]["sheets"] if s["judgeID"] == "J3")
points = {(s["readerID"], s["criterionID"]): s["points"] for s in sheet["scores"]}
assert len(points) == 18, points
assert points[("R01", "interpretation")] == 5 and points[("R06", "passage")] == 3, points
PY
}
check "the score-entry screen takes the third judge's sheet, refuses a 7 and shows the tie live" \
    competition_third_judge_in_the_screen

competition_tie_resolved_and_two_advance() {
    [ -f "$work/evening/events.json" ] || return 1
    local out
    out=$(DEPOT_TODAY=2026-11-23 "$depot" competition results E2027-01 --round 1 --format text --lang da \
        --data "$work/evening") || return 1
    grep -qE '^1 +Alma, 5\.a +Rønde Skole +38 omlæsning nødvendig$' <<<"$out" \
        && grep -qE '^1 +Clara, 5\.b +Rønde Skole +38 omlæsning nødvendig$' <<<"$out" \
        && grep -qE '^1 +Noah, 5\.a +Hornslet Skole +39 går videre$' <<<"$out" \
        || { sed 's/^/    | /' <<<"$out"; return 1; }
    # No one advances while the tie crosses the cut.
    out=$(DEPOT_TODAY=2026-11-23 "$depot" competition advance E2027-01 --round 1 --data "$work/evening" 2>&1)
    [ $? -ne 0 ] \
        && grep -q '^depot: Skolerunde: read-off needed between Alma (5.a, Rønde Skole), Clara (5.b, Rønde Skole)' \
            <<<"$out" || { echo "    | $out"; return 1; }
    # Clara wins the read-off.
    out=$(DEPOT_TODAY=2026-11-23 "$depot" competition tie E2027-01 --round 1 --winner R02 --data "$work/evening") \
        || return 1
    grep -q '^Recorded the read-off: 1. Clara (5.b, Rønde Skole), 2. Alma (5.a, Rønde Skole).$' <<<"$out" \
        || { echo "    | $out"; return 1; }
    out=$(DEPOT_TODAY=2026-11-23 "$depot" competition advance E2027-01 --round Skolerunde --data "$work/evening") \
        || return 1
    grep -q '^2 readers go on to Finale: Clara (5.b, Rønde Skole); Noah (5.a, Hornslet Skole).$' <<<"$out" \
        || { echo "    | $out"; return 1; }
    out=$(DEPOT_TODAY=2026-11-23 "$depot" competition results E2027-01 --round 1 --format text --lang da \
        --data "$work/evening") || return 1
    grep -qE '^1 +Clara, 5\.b +Rønde Skole +38 går videre \(omlæsning\)$' <<<"$out" \
        && grep -qE '^2 +Alma, 5\.a +Rønde Skole +38 afgjort ved omlæsning$' <<<"$out" \
        || { sed 's/^/    | /' <<<"$out"; return 1; }
    # The final now has the two school winners, in running order, and no scores yet.
    out=$(DEPOT_TODAY=2026-11-23 "$depot" competition results E2027-01 --round 2 --format text --lang da \
        --data "$work/evening") || return 1
    [ "$(grep -cE '^– +[A-Z][a-zæøå]+, 5\.[abc] ' <<<"$out")" -eq 2 ] \
        && grep -qE '^– +Clara, 5\.b +Rønde Skole' <<<"$out" && grep -qE '^– +Noah, 5\.a +Hornslet Skole' <<<"$out" \
        && grep -q '^Ingen point endnu.$' <<<"$out" || { sed 's/^/    | /' <<<"$out"; return 1; }
    # Advancing twice is refused once the final has scores.
    DEPOT_TODAY=2027-03-18 "$depot" competition score E2027-01 --round 2 --judge J1 --reader R02 technique=5 \
        --data "$work/evening" >/dev/null || return 1
    out=$("$depot" competition advance E2027-01 --round 1 --data "$work/evening" 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: Finale already has scores; its readers cannot be changed.$' <<<"$out" \
        && "$depot" check --data "$work/evening" | grep -q "no problems found"
}
check "a read-off decides the tie, two readers advance to the final, and the results say so" \
    competition_tie_resolved_and_two_advance
