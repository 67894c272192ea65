# Several desks on one library at once: commands and a screen change it side by side, another program edits a file
# under them, and nothing is lost, refused or left inconsistent.

desks_library() {
    rm -rf "$work/$1"
    cp -r data "$work/$1"
    rm -f "$work/$1/.depot.lock"
}

# Three writers at once, 300 changes each: two command loops noting in two events (the same file, different records)
# and the screen in tmux editing a crate's notes. Every command must succeed, every note and every screen change must
# be on disk (the change log has each of the screen's 300), and the library must still check.
three_desks_at_once() {
    local dir="$work/desks" session="depot-e2e-$$-desks" n=300 fail="$work/desks.failures"
    desks_library desks
    : >"$fail"
    tmux new-session -d -s "$session" -x 100 -y 30 \
        "DEPOT_TODAY=2026-12-01 DEPOT_STAFF=S02 XDG_CONFIG_HOME='$work/config' '$depot' open --data '$dir' --lang da"
    sleep 2
    tmux send-keys -t "$session" 3
    sleep 0.5
    for writer in A B; do
        (
            event=$([ "$writer" = A ] && echo E2027-01 || echo E2027-02)
            for i in $(seq 1 "$n"); do
                DEPOT_TODAY=2026-12-01 "$depot" events note "$event" --author S01 "$writer-$i" --data "$dir" \
                    >/dev/null 2>>"$work/desks-$writer.err" || echo "$writer-$i" >>"$fail"
            done
        ) &
    done
    for i in $(seq 1 "$n"); do
        tmux send-keys -t "$session" e Tab Tab C-u
        tmux send-keys -t "$session" -l "C-$i"
        tmux send-keys -t "$session" C-s
        sleep 0.03
    done
    wait
    # The screen has its keys queued; wait until its last change is on disk.
    for _ in $(seq 1 60); do
        grep -q '"C-300"' "$dir/crates.json" 2>/dev/null && break
        sleep 0.5
    done
    tmux send-keys -t "$session" q
    sleep 0.5
    tmux kill-session -t "$session" 2>/dev/null
    if [ -s "$fail" ]; then
        echo "    refused: $(wc -l <"$fail") changes, e.g. $(head -3 "$work"/desks-*.err)"
        return 1
    fi
    python3 - "$dir" "$n" <<'PY' || return 1
import glob, json, sys
folder, n = sys.argv[1], int(sys.argv[2])
events = {e["id"]: e for e in json.load(open(f"{folder}/events.json", encoding="utf-8"))["events"]}
for event, writer in (("E2027-01", "A"), ("E2027-02", "B")):
    texts = [note["text"] for note in events[event]["log"]]
    missing = [i for i in range(1, n + 1) if f"{writer}-{i}" not in texts]
    assert not missing, f"{event}: {len(missing)} of {n} notes lost, e.g. {missing[:5]}"
crates = json.load(open(f"{folder}/crates.json", encoding="utf-8"))["crates"]
assert crates[0]["notes"] == f"C-{n}", crates[0].get("notes")
screen = [
    json.loads(line)
    for name in glob.glob(f"{folder}/history/*.jsonl")
    for line in open(name, encoding="utf-8")
]
edits = [e for e in screen if e["by"] == "S02" and any(r["file"] == "crates.json" for r in e["records"])]
values = [json.loads(r["after"])["notes"] for e in edits for r in e["records"] if r["after"]]
lost = [i for i in range(1, n + 1) if f"C-{i}" not in values]
assert not lost, f"the screen's changes {lost[:5]} are not in the change log ({len(values)} found)"
notes = [e for e in screen if e["by"] == "S01"]
assert len(notes) == 2 * n, f"{len(notes)} command changes logged, not {2 * n}"
PY
    "$depot" check --data "$dir" >/dev/null || return 1
}
check "3 writers × 300 changes at once (2 command loops on one file, a screen in tmux): 0 lost, 0 refused, check clean" \
    three_desks_at_once

# Another program rewrites events.json every 20 ms (read, add a log note, write a new file and rename it over the
# old one, as editors and scripts do), 500 times, while depot notes into another event 150 times. Depot never
# writes over the program's edits: every one of the 500 is in the file at the end.
outside_edits_are_never_overwritten() {
    local dir="$work/outside" fail="$work/outside.failures"
    desks_library outside
    : >"$fail"
    python3 - "$dir/events.json" 500 <<'PY' &
import json, os, sys, time
path, n = sys.argv[1], int(sys.argv[2])
for i in range(1, n + 1):
    while True:
        try:
            data = json.load(open(path, encoding="utf-8"))
            break
        except (json.JSONDecodeError, FileNotFoundError):
            time.sleep(0.001)
    event = next(e for e in data["events"] if e["id"] == "E2026-01")
    event.setdefault("log", []).append({"authorID": "S01", "on": "2026-12-01", "text": f"outside-{i}"})
    temporary = f"{path}.outside-{os.getpid()}"
    with open(temporary, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=2, sort_keys=True)
    os.rename(temporary, path)
    time.sleep(0.02)
PY
    local editor=$!
    for i in $(seq 1 150); do
        DEPOT_TODAY=2026-12-01 "$depot" events note E2027-02 --author S01 "depot-$i" --data "$dir" \
            >/dev/null 2>>"$work/outside.err" || echo "depot-$i" >>"$fail"
    done
    wait "$editor"
    python3 - "$dir/events.json" 500 <<'PY' || return 1
import json, sys
path, n = sys.argv[1], int(sys.argv[2])
events = {e["id"]: e for e in json.load(open(path, encoding="utf-8"))["events"]}
texts = {note["text"] for note in events["E2026-01"]["log"]}
lost = [i for i in range(1, n + 1) if f"outside-{i}" not in texts]
assert not lost, f"{len(lost)} of {n} outside edits were overwritten, e.g. {lost[:5]}"
PY
    # The program does not lock, so its own rewrite can undo one of Depot's notes; Depot's commands never fail.
    [ ! -s "$fail" ] || { echo "    refused: $(grep -v "readable by their owner only" "$work/outside.err" | head -3)"; return 1; }
}
check "another program rewriting events.json every 20 ms (500 edits) while depot notes: none of its edits is lost" \
    outside_edits_are_never_overwritten

# Two screens side by side: a crate packed in one is seen in the other within a second, with who did it.
two_screens_see_each_other() {
    local dir="$work/twoscreens" one="depot-e2e-$$-one" two="depot-e2e-$$-two" screen
    desks_library twoscreens
    tmux new-session -d -s "$one" -x 80 -y 24 \
        "DEPOT_TODAY=2026-12-01 DEPOT_STAFF=S01 XDG_CONFIG_HOME='$work/config' '$depot' open --data '$dir' --lang da"
    tmux new-session -d -s "$two" -x 80 -y 24 \
        "DEPOT_TODAY=2026-12-01 DEPOT_STAFF=S02 XDG_CONFIG_HOME='$work/config' '$depot' open --data '$dir' --lang da"
    sleep 2
    tmux send-keys -t "$one" 3
    tmux send-keys -t "$two" 3
    sleep 0.5
    tmux send-keys -t "$one" e Tab Tab C-u
    tmux send-keys -t "$one" -l "Elastikken er skiftet"
    tmux send-keys -t "$one" C-s
    sleep 1.5
    screen=$(tmux capture-pane -p -t "$two")
    tmux send-keys -t "$one" q
    tmux send-keys -t "$two" q
    sleep 0.3
    tmux kill-session -t "$one" 2>/dev/null
    tmux kill-session -t "$two" 2>/dev/null
    grep -q "Elastikken er skiftet" <<<"$screen" && grep -q "Karen Iversen" <<<"$screen" \
        || { echo "$screen" | sed 's/^/    | /'; return 1; }
}
check "two screens: a crate changed in one shows in the other within a second, saying who changed it" \
    two_screens_see_each_other
