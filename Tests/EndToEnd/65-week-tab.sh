# The Week tab in the screen, as a librarian uses it on a Friday: open the tab, go to next week, print it.
# Uses start_screen, wait_for and type_text from 20-screen.sh.

week_tab_prints_next_week() {
    start_screen week || return 1
    wait_for "uge 48" || return 1
    tmux send-keys -t "$session" 6
    wait_for "Uge 48 · 23. november 2026 – 29. november 2026 · denne uge" || return 1
    wait_for "Børnehuset Bikuben, Ryomgård" || return 1
    # → moves a week and stays on the tab.
    tmux send-keys -t "$session" Right
    wait_for "Uge 49 · 30. november 2026 – 6. december 2026 · næste uge" || return 1
    # g takes a week the way a person writes it; a mistake is explained and the week stays.
    tmux send-keys -t "$session" g
    wait_for "Gå til uge:" || return 1
    type_text "snart"
    tmux send-keys -t "$session" Enter
    wait_for "Forstår ikke „snart“" || return 1
    tmux send-keys -t "$session" Escape
    tmux send-keys -t "$session" p
    local file="$work/week/printouts/week-2026-W49.txt"
    # The status line says where it went (the folder may be cut off at 80 columns), and the file is there.
    wait_for "Gemt til udskrift:" || return 1
    [ -f "$file" ] || { echo "    (no $file)"; ls -R "$work/week/printouts" 2>&1 | sed 's/^/    | /'; return 1; }
    tmux send-keys -t "$session" q
    wait_for "EXITED 0" || return 1
    tmux kill-session -t "$session"
    # The same text as `depot week` for that week.
    local expected
    expected=$(LANG=da_DK.UTF-8 DEPOT_TODAY=2026-11-23 "$depot" week --data "$work/first" --week 2026-W49 --lang da) \
        || return 1
    [ "$(cat "$file")" = "$expected" ] || { echo "    (the printout differs from depot week)"; return 1; }
    grep -q 'Ugeplan · uge 49' "$file" && [ "$(stat -c %a "$file")" = 600 ]
}
check "the Week tab moves to next week and prints it as depot week does (no printer: written to printouts/)" \
    week_tab_prints_next_week

week_with_items_adds_packing_lists() {
    local out
    out=$(DEPOT_TODAY=2026-11-23 "$depot" week --data "$work/first" --week 2026-W48 --lang da --with-items) || return 1
    grep -q 'Pakkeliste for kasse K040' <<<"$out" && grep -q '^Til:       Børnehuset Bikuben · Nord · ' <<<"$out" \
        && python3 -c 'import sys; assert max(map(len, sys.argv[1].splitlines())) <= 80' "$out" \
        && ! "$depot" week --data "$work/first" --format ics --with-items >/dev/null 2>&1
}
check "depot week --with-items adds a packing list per crate to leave (text and html only)" \
    week_with_items_adds_packing_lists

week_ics_sequence_grows() {
    local first second
    first=$(DEPOT_TODAY=2026-11-23 "$depot" week --data "$work/first" --week 2026-W48 --format ics \
        | tr -d '\r' | sed -n 's/^SEQUENCE://p' | sort -u) || return 1
    second=$(DEPOT_TODAY=2026-11-27 "$depot" week --data "$work/first" --week 2026-W48 --format ics \
        | tr -d '\r' | sed -n 's/^SEQUENCE://p' | sort -u) || return 1
    # One SEQUENCE per file, higher in the file made later: importing it updates the entries.
    [ "$(wc -l <<<"$first")" = 1 ] && [ "$(wc -l <<<"$second")" = 1 ] && [ "$second" -gt "$first" ]
}
check "depot week --format ics gives a later file a higher SEQUENCE, so re-importing updates" week_ics_sequence_grows
