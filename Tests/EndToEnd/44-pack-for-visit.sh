# Packing for a van visit in the screen, and the van leaving: on Tuesday 1 December 2026 K010 is packed for
# Børnehaven Bikuben's Thursday visit from the Week tab; on Thursday the Vest van is marked gone. The command line
# agrees at each step. Uses wait_for and type_text from 20-screen.sh.

# open_screen_on DAY NAME DIR: as open_screen, on DAY, at 120×40 (the Week tab shows the selected stop beside the
# list from 110 columns).
open_screen_on() {
    session="depot-e2e-$$-$2"
    rm -f "$3/.depot.lock"
    tmux new-session -d -s "$session" -x 120 -y 40 \
        "LANG=da_DK.UTF-8 DEPOT_TODAY=$1 DEPOT_NO_PRINTER=1 '$depot' --data '$3'; echo EXITED \$?; sleep 30"
}

# Bikuben's visit on 3 December as `depot week --format json` has it: "leave sources" (e.g. "K010 depositDue,packed").
bikuben_thursday() {
    DEPOT_TODAY=$1 "$depot" week --data "$work/packvisit" --date 2026-12-03 --format json | python3 -c '
import json, sys
for day in json.load(sys.stdin)["days"]:
    for visit in day["visits"]:
        if day["day"] == "2026-12-03" and visit["partnerID"] == "P003":
            print(" ".join(visit.get("leave") or ["-"]), ",".join(visit["sources"]))'
}

# K010's deposit from `depot export deposits`: "partner dispatchedOn returnedOn status".
k010_deposit() {
    "$depot" export deposits --data "$work/packvisit" --format json | python3 -c '
import json, sys
rows = [d for d in json.load(sys.stdin) if "K010" in d["crates"].split() and d["returnedOn"] is None]
for d in rows:
    print(d["partnerID"], d["dispatchedOn"], d["status"])'
}

pack_for_thursday_and_send_when_the_van_leaves() {
    cp -r "$work/first" "$work/packvisit"
    [ "$(bikuben_thursday 2026-12-01)" = "- depositDue" ] || { echo "    (Thursday was packed already)"; return 1; }
    open_screen_on 2026-12-01 packvisit "$work/packvisit"
    wait_for "uge 49" || return 1
    # The Week tab, the Vest route only: Bikuben is its first stop on Thursday, not packed.
    tmux send-keys -t "$session" 6 r r r
    wait_for "kun rute Vest" || return 1
    wait_for "┌─ Børnehaven Bikuben" || return 1
    wait_for "1. Børnehaven Bikuben, Rønde      Udskiftning  ud ikke pakket" || return 1
    tmux send-keys -t "$session" v
    wait_for "Pak til besøg hos Børnehaven Bikuben" || return 1
    wait_for "Besøg            2026-12-03" || return 1
    tmux send-keys -t "$session" C-u
    type_text "K010"
    tmux send-keys -t "$session" C-s
    wait_for "Pakket K010 til Børnehaven Bikuben til besøget torsdag 3. december 2026" || return 1
    wait_for "1. Børnehaven Bikuben, Rønde      Udskiftning  ud K010 · hjem K031" || return 1
    # Marking the van gone on Tuesday is refused: it leaves on Thursday.
    tmux send-keys -t "$session" b
    wait_for "Bilen kører torsdag 3. december 2026; markér den kørt den dag." || return 1
    tmux send-keys -t "$session" q
    wait_for "EXITED 0" || return 1
    tmux kill-session -t "$session"
    # The route sheet leaves K010 on Thursday; the deposit is packed, not sent.
    [ "$(bikuben_thursday 2026-12-01)" = "K010 depositDue,packed" ] || { echo "    (week: $(bikuben_thursday 2026-12-01))"; return 1; }
    [ "$(k010_deposit)" = "P003 None packed" ] || { echo "    (deposit: $(k010_deposit))"; return 1; }

    # Thursday: the Vest van leaves with K010.
    open_screen_on 2026-12-03 packvisit2 "$work/packvisit"
    wait_for "uge 49" || return 1
    tmux send-keys -t "$session" 6 r r r
    wait_for "kun rute Vest" || return 1
    wait_for "┌─ Børnehaven Bikuben" || return 1
    tmux send-keys -t "$session" b
    wait_for "Bilen er kørt torsdag 3. december 2026: send K010 til Børnehaven Bikuben?" || return 1
    tmux send-keys -t "$session" j
    wait_for "Sendt med bilen Vest: K010" || return 1
    tmux send-keys -t "$session" q
    wait_for "EXITED 0" || return 1
    tmux kill-session -t "$session"
    # depot week and the deposits agree: K010 left on Thursday and is out at Bikuben.
    [ "$(bikuben_thursday 2026-12-03)" = "K010 depositDue,dispatched" ] \
        || { echo "    (week: $(bikuben_thursday 2026-12-03))"; return 1; }
    [ "$(k010_deposit)" = "P003 2026-12-03 out" ] || { echo "    (deposit: $(k010_deposit))"; return 1; }
    python3 - "$work/packvisit" <<'PY' || return 1
import json, sys
crates = {c["id"]: c for c in json.load(open(sys.argv[1] + "/crates.json", encoding="utf-8"))["crates"]}
assert crates["K010"]["state"] == "out", crates["K010"]["state"]
PY
    DEPOT_TODAY=2026-12-03 "$depot" check --data "$work/packvisit" >/dev/null
}
check "K010 is packed for Bikuben's Thursday visit from the Week tab and leaves when the Vest van is marked gone" \
    pack_for_thursday_and_send_when_the_van_leaves

send_without_crates_proposes_what_fits() {
    local dir="$work/packvisit-send" out
    cp -r "$work/first" "$dir"
    # Nothing is packed for Bikuben: the crate the screen proposes leaves (K019: 3-6, a theme it has not just had).
    out=$(DEPOT_TODAY=2026-12-01 "$depot" send P003 --special-delivery --data "$dir" 2>&1) || { echo "    $out"; return 1; }
    grep -qF "Sent K019 to Børnehaven Bikuben on deposit D2026-0058" <<<"$out" || { echo "    $out"; return 1; }
    # A crate packed for someone else is never sent to Bikuben, and the message names where it is.
    out=$(DEPOT_TODAY=2026-12-01 "$depot" send P003 --special-delivery --crates K001 --data "$dir" 2>&1) && return 1
    grep -qF "Crate K001 is already packed for Børnegården Solsikken (deposit D2026-0057)." <<<"$out" \
        || { echo "    $out"; return 1; }
    "$depot" check --data "$dir" >/dev/null
}
check "depot send without --crates and nothing packed sends the crates the screen proposes" \
    send_without_crates_proposes_what_fits
