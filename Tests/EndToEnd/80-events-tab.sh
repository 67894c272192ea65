# The Events tab in the screen, as the SKOFO group uses it: add a task to the championship, tick one off, write a
# note; then the same from the command line. Uses start_screen, wait_for and type_text from 20-screen.sh.

events_tab_adds_a_task() {
    start_screen events || return 1
    wait_for "uge 48" || return 1
    tmux send-keys -t "$session" 8
    wait_for "Arrangementer (3)" || return 1
    # The tab opens on the next event (the author visit); the championship comes after it.
    tmux send-keys -t "$session" Down
    wait_for "─ Syddjursmesterskaberne i oplæsning 2027 ─" || return 1
    tmux send-keys -t "$session" a
    wait_for "Ny opgave: Syddjursmesterskaberne" || return 1
    type_text "Bestil kage til finalen"
    tmux send-keys -t "$session" Tab Right Tab
    type_text "1/12"
    tmux send-keys -t "$session" Enter
    wait_for "Opgave gemt: Bestil kage til finalen" || return 1
    # Tab gives the detail the focus; the second task is the overdue invitation.
    tmux send-keys -t "$session" Tab Down Space
    wait_for "Udført: Send invitation og regler til skolerne" || return 1
    tmux send-keys -t "$session" o
    wait_for "Skrevet af  ◂ Karen Iversen ▸" || return 1
    tmux send-keys -t "$session" Tab
    type_text "Kagen er bestilt hos bageren i Rønde."
    tmux send-keys -t "$session" Enter
    wait_for "Note gemt, skrevet af Karen Iversen" || return 1
    tmux send-keys -t "$session" q
    wait_for "EXITED 0" || return 1
    tmux kill-session -t "$session"
    local out
    out=$(DEPOT_TODAY=2026-11-23 "$depot" events task list E2027-01 --data "$work/events") || return 1
    grep -qF "5. [ ] Bestil kage til finalen – Tove Madsen, due 2026-12-01, open" <<<"$out" \
        && grep -qF "2. [x] Send invitation og regler til skolerne – Lene Ebbesen, due 2026-11-20, done 2026-11-23" \
            <<<"$out" || { echo "$out" | sed 's/^/    | /'; return 1; }
    DEPOT_TODAY=2026-11-23 "$depot" events --data "$work/events" | grep -qE '^E2027-01 .* +3$' || return 1
    python3 - "$work/events/events.json" <<'PY'
import json, sys
events = {e["id"]: e for e in json.load(open(sys.argv[1], encoding="utf-8"))["events"]}
e = events["E2027-01"]
# The task's history says who added it at the desk (DEPOT_STAFF), and who ticked the invitation off.
assert e["tasks"][-1] == {"title": "Bestil kage til finalen", "ownerID": "S02", "dueOn": "2026-12-01",
                          "history": [{"action": "added", "by": "S01", "on": "2026-11-23"}]}, e["tasks"][-1]
assert e["tasks"][1]["history"] == [{"action": "done", "by": "S01", "on": "2026-11-23"}], e["tasks"][1]
assert e["log"][-1] == {"on": "2026-11-23", "authorID": "S01", "text": "Kagen er bestilt hos bageren i Rønde."}, e["log"]
PY
}
check "the Events tab adds a task, ticks one off and signs a note; depot events shows them" events_tab_adds_a_task

events_commands_change_tasks_and_notes() {
    local dir="$work/events-cli" out
    cp -r "$work/first" "$dir" && rm -f "$dir/.depot.lock"
    # Like depot itself, with today fixed: 23 November 2026.
    events_cli() { DEPOT_TODAY=2026-11-23 "$depot" events "$@" --data "$dir"; }
    events_cli task add syddjurs --title "Ring til Rosmus Skole" --owner "lene m" --due "uge 49" \
        | grep -qF "Task 5 of E2027-01" || return 1
    events_cli task done E2027-01 5 | grep -qF "Done on 2026-11-23: Ring til Rosmus Skole" || return 1
    events_cli note E2027-01 --author S03 "Rosmus Skole er med." >/dev/null || return 1
    out=$(events_cli note E2027-01 --author lene "?" 2>&1) && return 1
    grep -qF 'depot: --author: "lene" matches 2 staff members' <<<"$out" || return 1
    out=$(events_cli task list E2027-01) || return 1
    grep -qF "5. [x] Ring til Rosmus Skole – Lene Mikkelsen, due 2026-11-30, done 2026-11-23" <<<"$out" || return 1
    python3 - "$dir/events.json" <<'PY' || return 1
import json, sys
events = {e["id"]: e for e in json.load(open(sys.argv[1], encoding="utf-8"))["events"]}
assert events["E2027-01"]["log"][-1] == {"on": "2026-11-23", "authorID": "S03", "text": "Rosmus Skole er med."}
PY
    "$depot" check --data "$dir" | grep -q "no problems found"
}
check "depot events task add|done and depot events note change the library; unclear names are refused" \
    events_commands_change_tasks_and_notes
