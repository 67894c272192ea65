# The screen, driven in tmux as a person would: create a partner through the form, resize, quit cleanly.

session=""

# Waits until the pane shows $1 (a fixed string), up to about 10 seconds.
wait_for() {
    local tries=0
    until tmux capture-pane -p -t "$session" 2>/dev/null | grep -qF -- "$1"; do
        tries=$((tries + 1))
        [ "$tries" -gt 100 ] && { echo "    (waited in vain for: $1)"; tmux capture-pane -p -t "$session" | sed 's/^/    | /'; return 1; }
        sleep 0.1
    done
}

# Types text one key at a time, as fast typing into tmux can drop characters into a program reading keys.
type_text() {
    local text=$1 i
    for ((i = 0; i < ${#text}; i++)); do tmux send-keys -t "$session" -l "${text:i:1}"; done
}

# open_screen NAME DIR: Depot on the library in DIR, in a tmux session of 80×24 named after NAME, on Monday of
# uge 48 in Danish. Printouts are only written to printouts/ (never sent to a real printer). When Depot ends, the
# session says "EXITED <code>" and how the terminal was left.
open_screen() {
    session="depot-e2e-$$-$1"
    rm -f "$2/.depot.lock"
    tmux new-session -d -s "$session" -x 80 -y 24 \
        "LANG=da_DK.UTF-8 DEPOT_TODAY=2026-11-23 DEPOT_NO_PRINTER=1 '$depot' --data '$2'; echo EXITED \$?; \
         stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)' | tr '\n' ' ' | sed 's/^/TTY /'; sleep 30"
}

# start_screen NAME: the same on a fresh copy of the sample library, in $work/NAME.
start_screen() {
    cp -r "$work/first" "$work/$1"
    open_screen "$1" "$work/$1"
}

creates_a_partner_through_the_form() {
    start_screen form || return 1
    wait_for "uge 48" || return 1
    tmux send-keys -t "$session" 2
    wait_for "Partnere (" || return 1
    tmux send-keys -t "$session" n
    wait_for "Ny partner" || return 1
    type_text "Børnehuset Mælkebøtten"
    tmux send-keys -t "$session" Tab Tab
    type_text "Skolevej 4"
    tmux send-keys -t "$session" Tab
    type_text "84x0"
    tmux send-keys -t "$session" Tab
    wait_for "! skriv et helt tal" || return 1
    tmux send-keys -t "$session" BTab BSpace BSpace BSpace BSpace
    type_text "8400"
    tmux send-keys -t "$session" Tab
    type_text "Ebeltoft"
    tmux send-keys -t "$session" Tab
    type_text "Mette Holm"
    tmux send-keys -t "$session" C-s
    wait_for "Gemt: Børnehuset Mælkebøtten" || return 1
    tmux send-keys -t "$session" q
    wait_for "EXITED 0" || return 1
    tmux kill-session -t "$session"
    python3 - "$work/form/partners.json" <<'PY'
import json, sys
partners = json.load(open(sys.argv[1], encoding="utf-8"))["partners"]
new = [p for p in partners if p["name"] == "Børnehuset Mælkebøtten"]
assert len(new) == 1, new
p = new[0]
assert p["address"] == {"street": "Skolevej 4", "postalCode": "8400", "city": "Ebeltoft"}, p["address"]
assert p["contact"]["name"] == "Mette Holm", p["contact"]
PY
}
check "the screen creates a partner through the form, correcting a field, and saves it as JSON" \
    creates_a_partner_through_the_form

resizes_while_a_list_is_open() {
    start_screen resize || return 1
    wait_for "uge 48" || return 1
    tmux send-keys -t "$session" 2
    wait_for "Partnere (" || return 1
    tmux resize-window -t "$session" -x 120 -y 40
    # At 120 columns the list and the detail pane stand side by side.
    wait_for "┐┌─" || return 1
    tmux resize-window -t "$session" -x 50 -y 12
    wait_for "Gør vinduet større" || return 1
    tmux resize-window -t "$session" -x 80 -y 24
    wait_for "Partnere (" || return 1
    tmux send-keys -t "$session" q
    wait_for "EXITED 0" || return 1
    tmux kill-session -t "$session"
}
check "the screen redraws when the window is resized, and asks for more room when too small" \
    resizes_while_a_list_is_open

restores_the_terminal_on_ctrl_c() {
    start_screen interrupt || return 1
    wait_for "uge 48" || return 1
    tmux send-keys -t "$session" C-c
    wait_for "EXITED 130" || return 1
    wait_for "TTY icanon echo" || return 1
    tmux kill-session -t "$session"
}
check "Ctrl-C ends the screen with status 130 and leaves the terminal in its normal mode" restores_the_terminal_on_ctrl_c
