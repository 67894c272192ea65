# A return that never loses a scan, in the real screen: a book scanned on the Overview offers its deposit's return,
# five scans are saved one by one, Depot is killed (SIGKILL, as a crash or a pulled plug), and after a restart a scan
# of the same crate goes on at "5 af 30"; the rest and one key bring the crate home.

# Sends one barcode the way a scanner types it: the digits and Enter in one burst.
scan_barcode() {
    tmux send-keys -t "$session" "$1" Enter
}

# The process id of the Depot running in the session's pane (the pane runs a shell that started it).
depot_pid() {
    local shell
    shell=$(tmux list-panes -t "$session" -F '#{pane_pid}' | head -n 1)
    pgrep -P "$shell" -x depot | head -n 1
}

# The saved return in progress of deposit $2 in the library $1: "<count scanned> <returnedOn or ->".
saved_return() {
    python3 - "$1" "$2" <<'PY'
import glob, json, sys
for path in glob.glob(sys.argv[1] + "/deposits/*.json"):
    for d in json.load(open(path, encoding="utf-8"))["deposits"]:
        if d["id"] == sys.argv[2]:
            print(len(d.get("returnInProgress", {}).get("scanned", [])), d.get("returnedOn", "-"),
                  len(d["exceptions"]))
PY
}

return_survives_a_kill_and_resumes() {
    start_screen resume || return 1
    local library="$work/resume"
    # An overdue deposit with nothing kept back, and the books it carries.
    read -r deposit barcodes < <(python3 - "$library" <<'PY'
import glob, json, sys
deposits = []
for path in sorted(glob.glob(sys.argv[1] + "/deposits/*.json")):
    deposits += json.load(open(path, encoding="utf-8"))["deposits"]
out = [d for d in deposits if d.get("dispatchedOn") and not d.get("returnedOn") and not d["exceptions"]
       and d["dueOn"] < "2026-11-23" and len(d["itemBarcodes"]) >= 10]
d = sorted(out, key=lambda d: d["id"])[0]
print(d["id"], " ".join(d["itemBarcodes"]))
PY
)
    [ -n "$deposit" ] || return 1
    local all=($barcodes) i
    local total=${#all[@]}
    wait_for "uge 48" || return 1
    # On the Overview, with no scan-in open: the first scan asks, Enter starts with that scan counted.
    scan_barcode "${all[0]}"
    wait_for "Start hjemscanning af $deposit" || return 1
    tmux send-keys -t "$session" Enter
    wait_for "1 af $total tilbage" || return 1
    for ((i = 1; i < 5; i++)); do
        scan_barcode "${all[i]}"
        wait_for "$((i + 1)) af $total tilbage" || return 1
    done
    [ "$(saved_return "$library" "$deposit")" = "5 - 0" ] || {
        echo "    (saved: $(saved_return "$library" "$deposit"))"; return 1; }
    # A crash: nothing is asked, nothing is finished.
    local pid
    pid=$(depot_pid)
    [ -n "$pid" ] || { echo "    (no depot process in the pane)"; return 1; }
    kill -KILL "$pid"
    wait_for "EXITED 137" || return 1
    tmux kill-session -t "$session"
    "$depot" check --data "$library" >/dev/null || { "$depot" check --data "$library" | sed 's/^/    | /'; return 1; }
    [ "$(saved_return "$library" "$deposit")" = "5 - 0" ] || return 1

    open_screen resume "$library" || return 1
    wait_for "uge 48" || return 1
    scan_barcode "${all[5]}"
    wait_for "Fortsæt hjemscanningen af $deposit" || return 1
    wait_for "5 af $total tilbage" || return 1
    tmux send-keys -t "$session" Enter
    wait_for "6 af $total tilbage" || return 1
    for ((i = 6; i < total; i++)); do
        scan_barcode "${all[i]}"
        sleep 0.05
    done
    wait_for "$total af $total tilbage" || return 1
    tmux send-keys -t "$session" Enter
    wait_for "Modtaget $deposit: $total af $total" || return 1
    tmux send-keys -t "$session" q
    wait_for "EXITED 0" || return 1
    tmux kill-session -t "$session"
    # Home on the screen's day, with nothing missing, and the progress gone.
    [ "$(saved_return "$library" "$deposit")" = "0 2026-11-23 0" ] || {
        echo "    (saved: $(saved_return "$library" "$deposit"))"; return 1; }
    "$depot" check --data "$library" >/dev/null
}
check "a return killed after five scans resumes at 5 of 30 after a restart, and the rest brings the crate home" \
    return_survives_a_kill_and_resumes
