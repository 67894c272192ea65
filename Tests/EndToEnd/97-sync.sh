# One library on three machines through a shared git repository (issue 19): a bare repository and three clones,
# changes made at all three at once and synced in random order, conflicts kept and resolved, offline kept.

# A bare repository in $work/sync/shared.git, the sample library sent to it from clone a, and clones b and c.
sync_clones() {
    local root="$work/sync"
    rm -rf "$root" && mkdir -p "$root"
    git init -q --bare -b main "$root/shared.git" || return 1
    cp -r data "$root/a" && chmod -R go-rwx "$root/a" && rm -f "$root/a/.depot.lock"
    git -C "$root/a" init -q -b main && git -C "$root/a" remote add origin "$root/shared.git" || return 1
    "$depot" sync --data "$root/a" >"$root/first.out" 2>&1 || { cat "$root/first.out"; return 1; }
    grep -q "the whole library" "$root/first.out" || { cat "$root/first.out"; return 1; }
    # A clone's files are the user's alone, as Depot makes its own.
    (umask 077 && git clone -q "$root/shared.git" "$root/b" && git clone -q "$root/shared.git" "$root/c")
}

# Syncs every clone in turn until a whole round sends and receives nothing; fails after 6 rounds.
sync_until_quiet() {
    local root="$work/sync" round clone out quiet
    for round in 1 2 3 4 5 6; do
        quiet=1
        for clone in "$@"; do
            out=$("$depot" sync --data "$root/$clone" 2>&1) || { echo "    sync $clone: $out"; return 1; }
            grep -q "nothing new" <<<"$out" || quiet=0
        done
        [ "$quiet" -eq 1 ] && return 0
    done
    echo "    still not quiet after 6 rounds: $out"
    return 1
}

# Three loops make notes (each clone in its own event: different records of one file, so every merge of
# events.json is a record merge) while a fourth syncs a random clone again and again; then all sync until quiet.
# Every note must be in every clone, every clone must check clean and hold the same files, and nothing Depot
# keeps local (lock, backups, change log) may be in the shared history.
three_clones_converge() {
    local root="$work/sync" n=${SYNC_CHANGES:-100} fail="$work/sync.failures"
    sync_clones || return 1
    : >"$fail"
    local clone
    for clone in a b c; do
        (
            event=$(case $clone in a) echo E2026-01 ;; b) echo E2027-01 ;; c) echo E2027-02 ;; esac)
            for i in $(seq 1 "$n"); do
                DEPOT_TODAY=2026-12-01 "$depot" events note "$event" --author S01 "$clone-$i" --data "$root/$clone" \
                    >/dev/null 2>>"$work/sync-$clone.err" || echo "$clone-$i" >>"$fail"
            done
        ) &
    done
    local writers started=$SECONDS
    writers=$(jobs -p)
    RANDOM=19
    local syncs=0 clones=(a b c)
    while kill -0 $writers 2>/dev/null; do
        clone=${clones[RANDOM % 3]}
        "$depot" sync --data "$root/$clone" >>"$work/sync-runs.out" 2>&1 || echo "sync $clone" >>"$fail"
        syncs=$((syncs + 1))
    done
    wait
    if [ -s "$fail" ]; then
        echo "    failed: $(head -n 3 "$fail" | tr '\n' ' ')"
        grep -h -v -e '^Committed here' -e '^Synced with' -e 'readable by' "$work"/sync-*.err "$work/sync-runs.out" | head -n 5
        return 1
    fi
    sync_until_quiet b c a b || return 1
    python3 - "$root" "$n" <<'PY' || return 1
import json, sys
root, n = sys.argv[1], int(sys.argv[2])
for clone in "abc":
    events = {e["id"]: e for e in json.load(open(f"{root}/{clone}/events.json", encoding="utf-8"))["events"]}
    for event, writer in (("E2026-01", "a"), ("E2027-01", "b"), ("E2027-02", "c")):
        texts = {note["text"] for note in events[event].get("log", [])}
        missing = [i for i in range(1, n + 1) if f"{writer}-{i}" not in texts]
        assert not missing, f"clone {clone}, {event}: {len(missing)} of {writer}'s {n} notes missing, e.g. {missing[:5]}"
PY
    for clone in a b c; do
        "$depot" check --data "$root/$clone" >/dev/null || { echo "    depot check fails in $clone"; return 1; }
        [ -z "$(git -C "$root/$clone" status --porcelain)" ] || { echo "    $clone has uncommitted files"; return 1; }
    done
    local tree
    tree=$(git -C "$root/a" rev-parse 'HEAD^{tree}')
    [ "$(git -C "$root/b" rev-parse 'HEAD^{tree}')" = "$tree" ] && [ "$(git -C "$root/c" rev-parse 'HEAD^{tree}')" = "$tree" ] \
        || { echo "    the clones hold different files"; return 1; }
    if git -C "$root/a" ls-files | grep -E '^(backups|history|printouts)/|\.depot\.lock|\.tmp-'; then
        echo "    local files are in the shared history"
        return 1
    fi
    echo "    ($syncs syncs while 3 × $n notes were made; $((SECONDS - started)) s)"
}
check "3 clones × ${SYNC_CHANGES:-100} notes made at once, synced in random order until quiet: every note in every clone, check clean" \
    three_clones_converge

# Two clones change the same partner's phone (by hand, as the screen's form would): one conflict, reported by the
# sync that meets it; the file keeps the version already shared and sync-conflicts.json the other, in every
# clone. Resolving it in a third clone is an ordinary change that reaches the others.
same_phone_in_two_clones() {
    local root="$work/sync" out
    sync_clones || return 1
    for clone in a b; do
        python3 - "$root/$clone/partners.json" "+45 20 00 00 0${clone/a/1}" <<'PY' || return 1
import re, sys
path, phone = sys.argv[1:]
text = open(path, encoding="utf-8").read()
new, count = re.subn(r'"phone" : "\+45 51 39 30 87"', f'"phone" : "{phone}"', text)
assert count == 1, count
open(path, "w", encoding="utf-8").write(new)
PY
    done
    sed -i 's/+45 20 00 00 0b/+45 20 00 00 02/' "$root/b/partners.json"
    "$depot" sync --data "$root/a" >/dev/null || return 1
    out=$("$depot" sync --data "$root/b" 2>&1) || { echo "    $out"; return 1; }
    grep -q "1 conflict found" <<<"$out" || { echo "    sync did not name the conflict: $out"; return 1; }
    sync_until_quiet c a b c || return 1
    local clone list
    for clone in a b c; do
        list=$("$depot" conflicts --data "$root/$clone") || return 1
        [ "$(grep -c '^C' <<<"$list")" -eq 1 ] && grep -q 'contact.phone: in the file "+45 20 00 00 01", set aside "+45 20 00 00 02"' <<<"$list" \
            || { echo "    $clone: $list"; return 1; }
        grep -q '+45 20 00 00 01' "$root/$clone/partners.json" || { echo "    $clone lost the kept version"; return 1; }
        "$depot" check --data "$root/$clone" >/dev/null || return 1
    done
    # The library works meanwhile: a change in a clone with the conflict open.
    DEPOT_TODAY=2026-12-01 "$depot" events note E2027-01 --author S01 "under a conflict" --data "$root/b" >/dev/null \
        || return 1
    local id
    id=$(grep -o '^C[0-9a-f]*' <<<"$list")
    "$depot" conflicts resolve "$id" --field contact.phone=mine --data "$root/c" >/dev/null || return 1
    sync_until_quiet c a b || return 1
    for clone in a b c; do
        grep -q '"phone" : "+45 20 00 00 02"' "$root/$clone/partners.json" \
            || { echo "    $clone does not have the chosen phone"; return 1; }
        grep -q "No conflicts" <<<"$("$depot" conflicts --data "$root/$clone")" || return 1
        grep -q "under a conflict" "$root/$clone/events.json" || return 1
        "$depot" check --data "$root/$clone" >/dev/null || return 1
    done
    local log
    log=$(git -C "$root/a" log --format=%B)
    grep -q "Resolved sync conflict $id" <<<"$log" \
        || { echo "    the resolution's commit does not say what it was"; return 1; }
}
check "the same partner's phone changed in two clones: one conflict, both values kept, resolution synced to all" \
    same_phone_in_two_clones

# One clone deletes an event (by hand, as no command deletes one) while another adds a note to it: one conflict,
# not a lost note and not a text conflict in git. The file follows the shared repository (the event is gone),
# the changed event waits whole in sync-conflicts.json in every clone; keeping it brings it back everywhere. The
# commits are by the staff member who made the change (--as), whoever ran the sync.
deleted_in_one_changed_in_other() {
    local root="$work/sync" out list clone id
    sync_clones || return 1
    python3 - "$root/a/events.json" <<'PY' || return 1
import json, sys
path = sys.argv[1]
library = json.load(open(path, encoding="utf-8"))
library["events"] = [e for e in library["events"] if e["id"] != "E2027-02"]
open(path, "w", encoding="utf-8").write(json.dumps(library, indent=2, ensure_ascii=False, separators=(",", " : ")) + "\n")
PY
    DEPOT_TODAY=2026-12-01 "$depot" events note E2027-02 --author S02 "kept over a deletion" --as S02 --data "$root/b" \
        >/dev/null || return 1
    "$depot" sync --data "$root/a" >/dev/null || return 1
    out=$("$depot" sync --data "$root/b" --as S03 2>&1) || { echo "    $out"; return 1; }
    grep -q "1 conflict found" <<<"$out" || { echo "    sync did not name the conflict: $out"; return 1; }
    out=$(git -C "$root/b" log --no-merges -1 --format='%an|%ae|%cn|%B')
    grep -q '^Tove Madsen (.*)|S02@.*|Lene Ebbesen (.*)|' <<<"$out" && grep -q "S02: Noted in E2027-02" <<<"$out" \
        || { echo "    the commit is not Tove Madsen's (S02) with her change: $out"; return 1; }
    sync_until_quiet c a b c || return 1
    for clone in a b c; do
        list=$("$depot" conflicts --data "$root/$clone") || return 1
        [ "$(grep -c '^C' <<<"$list")" -eq 1 ] && grep -q 'events.json E2027-02 (the whole record)' <<<"$list" \
            && grep -q 'E2027-02: in the file (none), set aside {.*kept over a deletion' <<<"$list" \
            || { echo "    $clone: $list"; return 1; }
        ! grep -q '"id" : "E2027-02"' "$root/$clone/events.json" || { echo "    $clone still has the deleted event"; return 1; }
        "$depot" check --data "$root/$clone" >/dev/null || return 1
        [ -z "$(git -C "$root/$clone" status --porcelain)" ] || { echo "    $clone has uncommitted files"; return 1; }
    done
    id=$(grep -o '^C[0-9a-f]*' <<<"$list")
    "$depot" conflicts resolve "$id" --keep mine --data "$root/c" >/dev/null || return 1
    sync_until_quiet c a b || return 1
    for clone in a b c; do
        grep -q "kept over a deletion" "$root/$clone/events.json" || { echo "    $clone lacks the kept event"; return 1; }
        grep -q "No conflicts" <<<"$("$depot" conflicts --data "$root/$clone")" || return 1
        "$depot" check --data "$root/$clone" >/dev/null || return 1
    done
}
check "an event deleted in one clone and noted in another: one conflict keeping the whole event, resolved everywhere" \
    deleted_in_one_changed_in_other

# The walk from the issue, as a new user would: two screens on two clones (DEPOT_AUTOSYNC_SECONDS=2 so the screens
# sync every 2 s instead of 5 min). A crate's note saved in one screen reaches the other by the screens' own syncs,
# which says who made it, and the record's history (H) there names her, not the staff member at that desk.
two_screens_on_two_clones() {
    local root="$work/sync" one="depot-e2e-$$-sync-one" two="depot-e2e-$$-sync-two" screen="" tries
    sync_clones || return 1
    tmux new-session -d -s "$one" -x 80 -y 24 "DEPOT_AUTOSYNC_SECONDS=2 DEPOT_TODAY=2026-12-01 DEPOT_STAFF=S02 \
        XDG_CONFIG_HOME='$work/config' '$depot' open --data '$root/a' --lang da"
    tmux new-session -d -s "$two" -x 80 -y 24 "DEPOT_AUTOSYNC_SECONDS=2 DEPOT_TODAY=2026-12-01 DEPOT_STAFF=S01 \
        XDG_CONFIG_HOME='$work/config' '$depot' open --data '$root/b' --lang da"
    for tries in $(seq 1 50); do
        tmux capture-pane -p -t "$one" | grep -q "Synkroniseret" && tmux capture-pane -p -t "$two" | grep -q "Synkroniseret" \
            && break
        sleep 0.2
    done
    tmux send-keys -t "$one" 3
    tmux send-keys -t "$two" 3
    sleep 0.5
    tmux send-keys -t "$one" e Tab Tab C-u
    tmux send-keys -t "$one" -l "Elastikken er skiftet"
    tmux send-keys -t "$one" C-s
    for tries in $(seq 1 75); do
        screen=$(tmux capture-pane -p -t "$two")
        grep -q "Elastikken er skiftet" <<<"$screen" && break
        sleep 0.2
    done
    tmux send-keys -t "$two" H
    sleep 0.5
    local history
    history=$(tmux capture-pane -p -t "$two")
    tmux send-keys -t "$two" Escape q
    tmux send-keys -t "$one" q
    sleep 0.5
    tmux kill-session -t "$one" 2>/dev/null
    tmux kill-session -t "$two" 2>/dev/null
    grep -q "Elastikken er skiftet" <<<"$screen" && grep -q "Tove Madsen (.*): Gemt: K001" <<<"$screen" \
        || { echo "$screen" | sed 's/^/    | /'; return 1; }
    grep -q "Historik: K001" <<<"$history" && grep -q "Tove Madsen *Gemt: K001" <<<"$history" \
        && ! grep -q "Karen Iversen" <<<"$history" || { echo "$history" | sed 's/^/    | /'; return 1; }
    grep -q "Elastikken er skiftet" "$root/b/crates.json" || return 1
}
check "two screens on two clones: a note saved in one reaches the other by their own syncs, with who wrote it" \
    two_screens_on_two_clones

# With the shared repository out of reach, sync says so (exit 2), keeps the change in a local commit and says what
# waits; once it is back, the next sync sends it. A library folder that is no repository is refused by name.
offline_keeps_the_commit() {
    local root="$work/sync" out
    sync_clones || return 1
    mv "$root/shared.git" "$root/away.git"
    DEPOT_TODAY=2026-12-01 "$depot" events note E2027-01 --author S01 "offline note" --data "$root/b" >/dev/null \
        || return 1
    out=$("$depot" sync --data "$root/b" 2>&1)
    [ $? -eq 2 ] && grep -q "Could not reach origin" <<<"$out" && grep -q "kept here in a local commit" <<<"$out" \
        || { echo "    $out"; return 1; }
    out=$(git -C "$root/b" log -1 --format=%B)
    grep -q "Noted in E2027-01" <<<"$out" || { echo "    no local commit"; return 1; }
    out=$("$depot" sync --status --data "$root/b" 2>&1)
    grep -q "Could not reach origin" <<<"$out" || { echo "    status: $out"; return 1; }
    mv "$root/away.git" "$root/shared.git"
    out=$("$depot" sync --status --data "$root/b" 2>&1)
    grep -q "Waiting to be sent: 1 change (1 file)" <<<"$out" || { echo "    status: $out"; return 1; }
    "$depot" sync --data "$root/b" | grep -q "1 file sent" || return 1
    "$depot" sync --data "$root/c" >/dev/null && grep -q "offline note" "$root/c/events.json" || return 1
    rm -rf "$work/sync-plain" && cp -r data "$work/sync-plain" && chmod -R go-rwx "$work/sync-plain"
    out=$("$depot" sync --data "$work/sync-plain" 2>&1)
    [ $? -eq 1 ] && grep -q "is not a git repository" <<<"$out" || { echo "    $out"; return 1; }
    # A purge in a synced library says the names are still in the shared history.
    out=$(DEPOT_TODAY=2030-01-01 "$depot" purge --data "$root/c" 2>&1) && grep -q "still in the shared git history" <<<"$out" \
        || { echo "    purge: $out"; return 1; }
    "$depot" sync --data "$root/c" >/dev/null || return 1
    # In Danish, as the librarian reads it.
    out=$(LANG=da_DK.UTF-8 "$depot" sync --status --data "$root/c" 2>&1) && grep -q "Synkroniserer med origin" <<<"$out" \
        && grep -q "Venter på at blive hentet: 0 filer" <<<"$out" || { echo "    $out"; return 1; }
    out=$(LANG=da_DK.UTF-8 "$depot" sync --data "$root/c" 2>&1) && grep -q "intet nyt i nogen retning" <<<"$out" \
        || { echo "    $out"; return 1; }
    out=$(LANG=da_DK.UTF-8 "$depot" conflicts --data "$root/c" 2>&1) && [ "$out" = "Ingen konflikter." ] \
        || { echo "    $out"; return 1; }
}
check "offline: sync says so (exit 2) and keeps the commit, which the next sync sends; Danish output; no repository refused" \
    offline_keeps_the_commit

# Data protection: after a purge, `depot sync --restart-history` replaces the shared history by the library as it is
# now; the other clones follow at their next sync, carrying over what they had not sent, and drop the old versions.
# Once IT has run git gc on the server, no readers' name is left in any version anywhere.
restart_history_forgets_names() {
    local root="$work/sync" out clone names
    sync_clones || return 1
    names=$(python3 -c '
import json, sys
events = json.load(open(sys.argv[1], encoding="utf-8"))["events"]
print("\n".join(sorted({r["firstName"] for e in events if e.get("competition") for r in e["competition"]["readers"]})))' \
        "$root/a/events.json")
    [ "$(wc -l <<<"$names")" -ge 10 ] || { echo "    too few readers: $names"; return 1; }
    # A change in b, not sent before the restart; a change in a, sent before it.
    DEPOT_TODAY=2026-12-01 "$depot" events note E2027-02 --author S01 "before the restart" --data "$root/b" >/dev/null \
        || return 1
    DEPOT_TODAY=2026-12-01 "$depot" events note E2027-01 --author S01 "sent before" --data "$root/a" >/dev/null \
        && "$depot" sync --data "$root/a" >/dev/null || return 1
    "$depot" sync --data "$root/c" >/dev/null || return 1
    out=$(DEPOT_TODAY=2030-01-01 "$depot" purge --data "$root/c" 2>&1) && grep -q -- "--restart-history" <<<"$out" \
        || { echo "    purge: $out"; return 1; }
    out=$("$depot" sync --restart-history --data "$root/c" 2>&1) && grep -q "history was restarted" <<<"$out" \
        || { echo "    restart: $out"; return 1; }
    out=$("$depot" sync --data "$root/b" 2>&1) && grep -q "now follows it" <<<"$out" || { echo "    b: $out"; return 1; }
    "$depot" sync --data "$root/a" >/dev/null || return 1
    sync_until_quiet c a b || return 1
    git -C "$root/shared.git" reflog expire --expire=now --all && git -C "$root/shared.git" gc -q --prune=now || return 1
    local where name found=0
    for where in shared.git a b c; do
        out=$(git -C "$root/$where" cat-file --batch-all-objects --batch | tr -d '\000')
        for name in $names; do
            if grep -q "\"firstName\" : \"$name\"" <<<"$out"; then
                echo "    $where still holds the reader $name in git"
                found=1
            fi
            if [ "$where" != shared.git ] && grep -rqsw "$name" "$root/$where/backups" "$root/$where/history"; then
                echo "    $where still holds the reader $name in backups/ or history/"
                found=1
            fi
        done
    done
    [ "$found" -eq 0 ] || return 1
    for clone in a b c; do
        grep -q "before the restart" "$root/$clone/events.json" && grep -q "sent before" "$root/$clone/events.json" \
            || { echo "    $clone lost a change over the restart"; return 1; }
        "$depot" check --data "$root/$clone" >/dev/null || return 1
        [ "$(git -C "$root/$clone" rev-list --count HEAD)" -le 4 ] || { echo "    $clone kept the old history"; return 1; }
    done
}
check "after a purge, --restart-history leaves no reader's name in any clone's or the server's git (after gc)" \
    restart_history_forgets_names

# Issue 19, "A conflict never blocks the sync": one clone deletes a partner (by hand, as no command deletes one;
# ending a partnership keeps the record) while another packs a deposit for it. Each clone's library is sound, the
# files merge record by record, but together the deposit would name no partner. The deletion loses: in both orders
# of syncing, both syncs go through, the partner is kept in every clone, one conflict says who deleted it and what
# refers to it, `depot check` is clean, and a change made afterwards still travels.
deleted_partner_with_a_new_deposit() {
    local root="$work/sync" order first second out list clone
    for order in "a b" "b a"; do
        read -r first second <<<"$order"
        sync_clones || return 1
        # A prospect that took the offer: active in both clones before the two changes.
        DEPOT_TODAY=2026-12-01 "$depot" prospect state P029 active --route vest --data "$root/a" >/dev/null 2>&1 \
            && "$depot" sync --data "$root/a" >/dev/null && "$depot" sync --data "$root/b" >/dev/null || return 1
        python3 - "$root/a/partners.json" <<'PY' || return 1
import json, sys
path = sys.argv[1]
library = json.load(open(path, encoding="utf-8"))
library["partners"] = [p for p in library["partners"] if p["id"] != "P029"]
open(path, "w", encoding="utf-8").write(json.dumps(library, indent=2, ensure_ascii=False, separators=(",", " : ")) + "\n")
PY
        "$depot" check --data "$root/a" >/dev/null || { echo "    ($order) the deletion alone breaks clone a"; return 1; }
        out=$(DEPOT_TODAY=2026-12-01 "$depot" pack K004 --for P029 --data "$root/b" 2>&1) \
            || { echo "    ($order) pack: $out"; return 1; }
        out=$("$depot" sync --data "$root/$first" 2>&1) || { echo "    ($order) sync $first: $out"; return 1; }
        out=$("$depot" sync --data "$root/$second" 2>&1) || { echo "    ($order) sync $second: $out"; return 1; }
        grep -q "^1 conflict found: kept although deleted on one machine.*partners.json P029" <<<"$out" \
            || { echo "    ($order) sync $second did not name the kept partner: $out"; return 1; }
        sync_until_quiet a b || return 1
        for clone in a b; do
            list=$("$depot" conflicts --data "$root/$clone") || return 1
            [ "$(grep -c '^C' <<<"$list")" -eq 1 ] && grep -q 'partners.json P029 (the whole record)' <<<"$list" \
                && grep -q 'P029 was deleted by .*, but deposits/2026-27.json D2026-[0-9]* still refer to it, so it is kept' <<<"$list" \
                || { echo "    ($order) $clone: $list"; return 1; }
            grep -q '"id" : "P029"' "$root/$clone/partners.json" || { echo "    ($order) $clone lost the partner"; return 1; }
            grep -q '"partnerID":"P029"' "$root/$clone/deposits/2026-27.json" \
                || { echo "    ($order) $clone lacks the deposit"; return 1; }
            out=$("$depot" check --data "$root/$clone" 2>&1) || { echo "    ($order) check $clone: $out"; return 1; }
            [ -z "$(git -C "$root/$clone" status --porcelain)" ] || { echo "    ($order) $clone has uncommitted files"; return 1; }
        done
        # Deleting it now is refused, naming the deposit; a third change still travels.
        out=$("$depot" conflicts resolve "$(grep -o '^C[0-9a-f]*' <<<"$list")" --keep mine --data "$root/b" 2>&1) \
            && { echo "    ($order) the partner was deleted under its deposit: $out"; return 1; }
        grep -q "D2026-" <<<"$out" || { echo "    ($order) resolve: $out"; return 1; }
        DEPOT_TODAY=2026-12-01 "$depot" events note E2027-01 --author S01 "after the kept partner ($order)" \
            --data "$root/$first" >/dev/null || return 1
        sync_until_quiet "$first" "$second" || return 1
        grep -q "after the kept partner ($order)" "$root/$second/events.json" \
            || { echo "    ($order) the third change did not reach $second"; return 1; }
        "$depot" check --data "$root/$second" >/dev/null || return 1
    done
}
check "a partner deleted in one clone while another packs a deposit for it: kept, one conflict, both orders sync" \
    deleted_partner_with_a_new_deposit
