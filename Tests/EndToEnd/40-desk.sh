# The desk in the screen: send a crate, scan it home with three items missing, write two off as lost, and read
# the waived value in the ledger.

# The partner's waived amount in the ledger, as the CLI prints it in JSON ("469.90").
waived_for() {
    DEPOT_TODAY=2026-11-23 "$depot" ledger --data "$1" --season 2026/27 --partner "$2" --format json \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["rows"][0]["waived"])'
}

desk_round_trip() {
    start_screen desk || return 1
    local before
    before=$(waived_for "$work/desk" "Børnegården Engblomsten") || return 1
    wait_for "uge 48" || return 1
    tmux send-keys -t "$session" 2
    wait_for "Partnere (" || return 1
    tmux send-keys -t "$session" u
    # Monday: the Nord van comes on Tuesdays, so Depot asks before a special delivery today.
    wait_for "Nord kører om tirsdagen; send som særlig levering i dag?" || return 1
    tmux send-keys -t "$session" j
    wait_for "Send kasser til" || return 1
    tmux send-keys -t "$session" C-s
    wait_for "Sendt: " || return 1
    # The new deposit: the one made today, and the barcodes it carries.
    read -r deposit barcodes < <(python3 - "$work/desk" <<'PY'
import json, sys, glob
for path in sorted(glob.glob(sys.argv[1] + "/deposits/*.json")):
    for d in json.load(open(path, encoding="utf-8"))["deposits"]:
        if d["createdOn"] == "2026-11-23" and d.get("dispatchedOn") == "2026-11-23":
            print(d["id"], " ".join(d["itemBarcodes"]))
PY
)
    [ -n "$deposit" ] || return 1
    tmux send-keys -t "$session" 5
    wait_for "Depoter: alle" || return 1
    wait_for "$deposit" || return 1
    tmux send-keys -t "$session" r
    wait_for "Modtag $deposit" || return 1
    local all=($barcodes) i
    for ((i = 0; i < ${#all[@]} - 3; i++)); do
        tmux send-keys -t "$session" "${all[i]}" Enter
        sleep 0.05
    done
    wait_for "$(( ${#all[@]} - 3 )) af ${#all[@]} tilbage" || return 1
    tmux send-keys -t "$session" F2
    wait_for "Hvad er der sket med det, der mangler?" || return 1
    # Nothing is decided unasked: Enter is refused until each is. The first two are lost ("tabt"), the third is
    # still at the kindergarten.
    tmux send-keys -t "$session" Enter
    wait_for "3 ikke afgjort" || return 1
    tmux send-keys -t "$session" t t b Enter
    wait_for "Modtaget $deposit" || return 1
    tmux send-keys -t "$session" l
    wait_for "Regnskab for sæsonen 2026/27" || return 1
    local expected
    expected=$(python3 - "$work/desk" "$before" "${all[@]: -3:2}" <<'PY'
import catalogue, sys
items = catalogue.by_barcode(sys.argv[1])
assert all(items[b]["status"] == "lost" for b in sys.argv[3:])
total = round(float(sys.argv[2]) * 100) + sum(round(float(items[b]["price"]) * 100) for b in sys.argv[3:])
print(f"{total // 100},{total % 100:02d} kr. {total // 100}.{total % 100:02d}")
PY
) || return 1
    local on_screen=${expected% *} in_cli=${expected##* }
    # The partner's waived amount grew by the two lost items' value (nothing is charged to a kindergarten),
    # on the screen and from the command line alike.
    tmux capture-pane -p -t "$session" | grep -F "Børnegården Eng" | grep -qF "$on_screen" || {
        echo "    (expected $on_screen waived)"; tmux capture-pane -p -t "$session" | sed 's/^/    | /'; return 1; }
    tmux send-keys -t "$session" Escape q
    wait_for "EXITED 0" || return 1
    tmux kill-session -t "$session"
    [ "$(waived_for "$work/desk" "Børnegården Engblomsten")" = "$in_cli" ] || return 1
    "$depot" check --data "$work/desk" >/dev/null
}
check "the desk sends a crate, scans it home with three missing, writes two off and shows the waived value" \
    desk_round_trip
