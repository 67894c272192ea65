# Issue 14's walk, as a new user takes it in the screen: register a reader from a school that is not a partner
# (Depot asks, then makes it a school), give the reader's heat its own judge, enter that heat's scores, advance the
# round and print the results. The other heat is scored at another desk with the commands. Uses open_screen,
# start_screen, wait_for and type_text from 20-screen.sh.

# Keys one at a time with a pause, so that digits are keys and not a scanned barcode (see ScanAssembler).
slow_keys() {
    local key
    for key in "$@"; do
        tmux send-keys -t "$session" -l "$key"
        sleep 0.3
    done
}

jury_walk_on_the_screen() {
    local dir="$work/jury" cli out i reader t n p judge
    cli() { DEPOT_TODAY=2026-11-23 "$depot" competition "$@" --data "$dir"; }
    cp -r "$work/first" "$dir" && rm -f "$dir/.depot.lock"
    # The school round is held as two heats on different days: Rønde takes the round's readers and judges.
    cli heat add E2027-01 --round 1 --name "Rønde" --day 2027-02-18 --venue "Rønde Skole" >/dev/null || return 1
    cli heat add E2027-01 --round 1 --name "Rodskov" --day 2027-02-25 --venue "Rodskov Friskole" >/dev/null || return 1

    open_screen jury "$dir" || return 1
    wait_for "uge 48" || return 1
    tmux send-keys -t "$session" 8
    wait_for "Arrangementer (3)" || return 1
    tmux send-keys -t "$session" Down
    wait_for "─ Syddjursmesterskaberne i oplæsning 2027 ─" || return 1
    # A reader from Rodskov Friskole, which is no partner and no school of the competition yet.
    tmux send-keys -t "$session" r
    wait_for "Ny oplæser til Skolerunde" || return 1
    type_text "Ida"
    tmux send-keys -t "$session" Tab
    type_text "5.b"
    tmux send-keys -t "$session" Tab C-u
    type_text "Rodskov Friskole"
    sleep 0.3
    # The heat offered is the round's last, Rodskov.
    wait_for "◂ Rodskov ▸" || return 1
    tmux send-keys -t "$session" C-s
    wait_for "Ny skole „Rodskov Friskole“ – opret den? j = ja" || return 1
    tmux send-keys -t "$session" j
    wait_for "Oplæser tilmeldt: Ida (5.b, Rodskov Friskole)" || return 1
    # The heat's judge: the cursor passes the four tasks to the school round.
    tmux send-keys -t "$session" Tab Down Down Down Down
    wait_for "J dommer" || return 1
    tmux send-keys -t "$session" J
    wait_for "Ny dommer til Skolerunde" || return 1
    type_text "Per Holm"
    tmux send-keys -t "$session" Tab Tab
    type_text "Syddjurs Bibliotek"
    sleep 0.3
    tmux send-keys -t "$session" Tab Right
    wait_for "◂ Rodskov ▸" || return 1
    tmux send-keys -t "$session" C-s
    wait_for "Dommer tilføjet: Per Holm (fortæller)" || return 1
    tmux send-keys -t "$session" q
    wait_for "EXITED 0" || return 1
    tmux kill-session -t "$session"

    # Heat Rønde is scored at another desk: reader i gets i points from each judge (0 to 15), so no school ties.
    for i in $(seq 0 15); do
        reader=$(printf "R%02d" $((i + 1)))
        t=$((i < 5 ? i : 5))
        n=$((i < 5 ? 0 : (i > 10 ? 5 : i - 5)))
        p=$((i < 10 ? 0 : i - 10))
        for judge in J1 J2; do
            cli score E2027-01 --round 1 --judge "$judge" --reader "$reader" technique=$t interpretation=$n \
                passage=$p >/dev/null || return 1
        done
    done

    open_screen jury2 "$dir" || return 1
    wait_for "uge 48" || return 1
    tmux send-keys -t "$session" 8
    wait_for "Arrangementer (3)" || return 1
    tmux send-keys -t "$session" Down
    wait_for "─ Syddjursmesterskaberne i oplæsning 2027 ─" || return 1
    # Once the round has scores no reader can join it: refused in the form, nothing saved.
    local before
    before=$(sha256sum <"$dir/events.json")
    tmux send-keys -t "$session" r
    wait_for "Ny oplæser til Skolerunde" || return 1
    type_text "Bo"
    tmux send-keys -t "$session" Tab
    type_text "5.a"
    sleep 0.3
    tmux send-keys -t "$session" C-s
    wait_for "Skolerunde har allerede point; der kan ikke tilmeldes flere oplæsere" || return 1
    tmux send-keys -t "$session" Escape
    wait_for "Kassér ændringer?" || return 1
    tmux send-keys -t "$session" j
    [ "$(sha256sum <"$dir/events.json")" = "$before" ] || { echo "    (the refused reader changed events.json)"; return 1; }
    # Heat Rodskov's sheet: Per Holm judges Ida only, and the sheet opens on its first empty cell.
    tmux send-keys -t "$session" Tab Down Down Down Down
    wait_for "J dommer" || return 1
    tmux send-keys -t "$session" s
    wait_for "Dommer 3 af 3: Per Holm (fortæller)" || return 1
    wait_for "Ida, 5.b (Rodskov Friskole) · Læseteknik: 0–5 point" || return 1
    slow_keys 4 3 5
    wait_for "3/3 udfyldt" || return 1
    tmux send-keys -t "$session" Escape
    sleep 0.3
    tmux send-keys -t "$session" k
    wait_for "Placering · Skolerunde" || return 1
    tmux send-keys -t "$session" a
    wait_for "og Ida gå videre til" || return 1
    tmux send-keys -t "$session" j
    wait_for "går videre til Finale" || return 1
    tmux send-keys -t "$session" p
    wait_for "resultater-E2027-01-runde-1.txt" || return 1
    tmux send-keys -t "$session" Escape
    sleep 0.3
    tmux send-keys -t "$session" q
    wait_for "EXITED 0" || return 1
    tmux kill-session -t "$session"

    out="$dir/printouts/resultater-E2027-01-runde-1.txt"
    grep -qF "Heat Rodskov – torsdag 25. februar 2027, Rodskov Friskole" "$out" \
        && grep -qF "Dommere: Per Holm (fortæller, Syddjurs Bibliotek)" "$out" \
        && grep -qE "^1 +Ida, 5.b +Rodskov Friskole +12,00 går videre" "$out" \
        || { sed 's/^/    | /' "$out"; return 1; }
    python3 - "$dir/events.json" <<'PY' || return 1
import json, sys
event = {e["id"]: e for e in json.load(open(sys.argv[1], encoding="utf-8"))["events"]}["E2027-01"]
competition = event["competition"]
school = next(s for s in competition["schools"] if s["name"] == "Rodskov Friskole")
assert "partnerID" not in school and school["classes"] == ["5.b"], school
ida = next(r for r in competition["readers"] if r["firstName"] == "Ida")
assert ida["school"] == "Rodskov Friskole" and ida["className"] == "5.b", ida
first, final = competition["rounds"]
heats = {h["name"]: h for h in first["heats"]}
assert heats["Rodskov"]["readerIDs"] == [ida["id"]], heats
per = next(j for j in first["judges"] if j["name"] == "Per Holm")
assert per["organisation"] == "Syddjurs Bibliotek" and per["role"] == "storyteller" and "schoolID" not in per, per
assert heats["Rodskov"]["judgeIDs"] == [per["id"]] and per["id"] not in heats["Rønde"]["judgeIDs"], heats
sheet = next(s for s in first["sheets"] if s["judgeID"] == per["id"])
assert sorted((s["criterionID"], s["points"]) for s in sheet["scores"] if s["readerID"] == ida["id"]) == [
    ("interpretation", 3), ("passage", 5), ("technique", 4)], sheet
# One reader per school goes on, the new school's too; the advance is in the log, signed by the desk.
assert len(final["readerIDs"]) == 8 and ida["id"] in final["readerIDs"], final["readerIDs"]
note = event["log"][-1]
assert note["authorID"] == "S01" and note["on"] == "2026-11-23" and "Ida (5.b, Rodskov Friskole)" in note["text"], note
PY
    "$depot" check --data "$dir" | grep -q "no problems found"
}
check "the screen registers a reader from a new school, scores its heat, advances and prints the results" \
    jury_walk_on_the_screen

events_show_team_has_aims_and_review() {
    local out
    out=$(DEPOT_TODAY=2026-11-23 "$depot" events show skofo --data "$work/first" --lang da) || return 1
    grep -qx "Evaluering: 31. maj 2027 (om 189 dage)" <<<"$out" && grep -qx "Fælles mål" <<<"$out" \
        && grep -qF "  • Børnene får en glidende overgang fra skolebiblioteket til folkebiblioteket" <<<"$out" \
        || { sed 's/^/    | /' <<<"$out"; return 1; }
    out=$(DEPOT_TODAY=2027-06-02 "$depot" events show skofo --data "$work/first" --lang en) || return 1
    grep -qx "Review: 31 May 2027 (2 days ago)" <<<"$out" || { sed 's/^/    | /' <<<"$out"; return 1; }
}
check "depot events show TEAM starts with the review day and the team's aims, in both languages" \
    events_show_team_has_aims_and_review
