# Foundation: a new library from the sample, `check`, damaged files, no terminal.

first_run() {
    local out
    out=$(DEPOT_DATA="$work/first" "$depot" </dev/null 2>&1)
    [ -f "$work/first/library.json" ] && grep -Eq "made from the sample library|lavet ud fra eksempelbiblioteket" <<<"$out" \
        && grep -q "needs a terminal" <<<"$out"
}
check "a first run without a terminal makes a library from the sample and explains" first_run

sample_checks_clean() {
    "$depot" check --data "$work/first" | grep -q "no problems found"
}
check "depot check passes on the sample library" sample_checks_clean

owner_only() {
    [ "$(stat -c %a "$work/first/items/05.json")" = 600 ] && [ "$(stat -c %a "$work/first/items")" = 700 ] \
        && [ "$(stat -c %a "$work/first")" = 700 ]
}
check "library files are readable by their owner only" owner_only

damaged_file_is_named_and_kept() {
    cp -r "$work/first" "$work/damaged"
    # Drop the comma after the second partner's record: invalid JSON.
    python3 - "$work/damaged/partners.json" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
i = text.index('\n    },\n')
open(path, "w", encoding="utf-8").write(text[:i] + '\n    }\n' + text[i + 8:])
PY
    local before out status
    before=$(sha256sum "$work/damaged/partners.json")
    out=$(DEPOT_DATA="$work/damaged" "$depot" check 2>&1)
    status=$?
    [ "$status" -ne 0 ] && grep -qE '^partners.json line [0-9]+, column [0-9]+: ' <<<"$out" \
        && [ "$(sha256sum "$work/damaged/partners.json")" = "$before" ]
}
check "a damaged file gives one clear error naming file, line and column, and is left untouched" \
    damaged_file_is_named_and_kept

not_a_library() {
    mkdir -p "$work/empty"
    local out
    out=$("$depot" check --data "$work/empty" 2>&1)
    [ $? -ne 0 ] && grep -q "is not a Depot library" <<<"$out"
}
check "check on a folder without a library says so" not_a_library

sample_is_deterministic() {
    "$depot" sample --scale town --seed 7 --today 2026-11-23 --out "$work/town1" >/dev/null \
        && "$depot" sample --scale town --seed 7 --today 2026-11-23 --out "$work/town2" >/dev/null \
        && diff -r -x backups -x .depot.lock "$work/town1" "$work/town2" >/dev/null \
        && "$depot" check --data "$work/town1" >/dev/null
}
check "depot sample is deterministic for a seed and passes check" sample_is_deterministic

sample_times_multiplies_the_scale() {
    local out refusal
    out=$("$depot" sample --scale sample --times 2 --today 2026-11-23 --out "$work/double" 2>&1) || return 1
    refusal=$("$depot" sample --scale town --times 9 --out "$work/nine" 2>&1)
    # The sample scale has 1,260 items: twice that, and the doubled library passes check.
    grep -q "sample ×2 library" <<<"$out" && grep -q " 2520 items" <<<"$out" \
        && "$depot" check --data "$work/double" >/dev/null \
        && grep -q -- "--times must be from 1 to 8; found 9" <<<"$refusal" && [ ! -e "$work/nine" ]
}
check "depot sample --times N makes N times the scale, and refuses N outside 1 to 8" sample_times_multiplies_the_scale

sample_refuses_existing() {
    ! "$depot" sample --scale town --out "$work/town1" >/dev/null 2>&1
}
check "depot sample refuses to overwrite a library" sample_refuses_existing

missing_settings_changes_nothing() {
    "$depot" sample --scale town --seed 3 --today 2026-11-23 --out "$work/halfcopied" >/dev/null || return 1
    rm "$work/halfcopied/library.json"
    local before after out status
    before=$(cd "$work/halfcopied" && find . -type f ! -name .depot.lock -print0 | sort -z | xargs -0 sha256sum)
    out=$(DEPOT_DATA="$work/halfcopied" "$depot" </dev/null 2>&1)
    status=$?
    after=$(cd "$work/halfcopied" && find . -type f ! -name .depot.lock -print0 | sort -z | xargs -0 sha256sum)
    [ "$status" -ne 0 ] && grep -q "is a damaged library: library.json is missing" <<<"$out" \
        && grep -q "Nothing was changed" <<<"$out" && [ "$before" = "$after" ] \
        && ! grep -Eq "made from the sample|lavet ud fra eksempelbiblioteket" <<<"$out"
}
check "a library without library.json is named damaged and no file is touched (no sample written over it)" \
    missing_settings_changes_nothing

unsafe_paths_are_refused() {
    cp -r "$work/first" "$work/links"
    echo "precious" >"$work/precious.txt"
    rm -f "$work/links/.depot.lock"
    ln -s "$work/precious.txt" "$work/links/.depot.lock"
    local out
    out=$(DEPOT_TODAY=2026-12-01 "$depot" events note E2026-01 --data "$work/links" --author S01 "hej" 2>&1)
    [ $? -ne 0 ] && grep -q "symbolic link" <<<"$out" && [ "$(cat "$work/precious.txt")" = precious ] || return 1
    ln -s "$work/precious.txt" "$work/out-link.txt"
    mkfifo "$work/out-fifo"
    "$depot" overdue --data "$work/first" >/dev/null || return 1
    out=$(DEPOT_TODAY=2026-12-01 "$depot" remind --data "$work/first" --output "$work/out-link.txt" 2>&1)
    [ $? -ne 0 ] && grep -q "symbolic link" <<<"$out" && [ "$(cat "$work/precious.txt")" = precious ] || return 1
    out=$(timeout 10 "$depot" remind --data "$work/first" --output "$work/out-fifo" 2>&1)
    [ $? -eq 1 ] && grep -q "FIFO" <<<"$out" && [ -p "$work/out-fifo" ] || return 1
    rm "$work/links/.depot.lock"
    mv "$work/links/items/05.json" "$work/links/items.real"
    mkfifo "$work/links/items/05.json"
    out=$(timeout 10 "$depot" check --data "$work/links" 2>&1)
    [ $? -eq 1 ] && grep -q "items/05.json.*FIFO" <<<"$out"
}
check "a linked lock file, --output onto a link or FIFO, and a FIFO for a catalogue file are refused by name" \
    unsafe_paths_are_refused

leftovers_are_listed_then_removed() {
    cp -r "$work/first" "$work/leftover"
    head -c 5000 /dev/zero >"$work/leftover/.items.json.tmp-2147483646-0abc"
    chmod 644 "$work/leftover/partners.json"
    local out
    out=$("$depot" check --data "$work/leftover" 2>&1)
    grep -q "^warning: .items.json.tmp-2147483646-0abc: a temporary file left by a save" <<<"$out" || return 1
    out=$(DEPOT_TODAY=2026-12-01 "$depot" events note E2026-01 --data "$work/leftover" --author S01 "hej" 2>&1)
    grep -q "Removed 1 temporary file" <<<"$out" && grep -q "readable by their owner only" <<<"$out" \
        && [ ! -e "$work/leftover/.items.json.tmp-2147483646-0abc" ] \
        && [ "$(stat -c %a "$work/leftover/partners.json")" = 600 ]
}
check "leftover temporary files are listed by check and removed (with a note) by the next writer" \
    leftovers_are_listed_then_removed
