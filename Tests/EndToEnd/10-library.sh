# Foundation: a new library from the sample, `check`, damaged files, no terminal.

first_run() {
    local out
    out=$(DEPOT_DATA="$work/first" "$depot" </dev/null 2>&1)
    [ -f "$work/first/library.json" ] && grep -q "made from the sample library" <<<"$out" \
        && grep -q "needs a terminal" <<<"$out"
}
check "a first run without a terminal makes a library from the sample and explains" first_run

sample_checks_clean() {
    "$depot" check --data "$work/first" | grep -q "no problems found"
}
check "depot check passes on the sample library" sample_checks_clean

owner_only() {
    [ "$(stat -c %a "$work/first/items.json")" = 600 ] && [ "$(stat -c %a "$work/first")" = 700 ]
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

sample_refuses_existing() {
    ! "$depot" sample --scale town --out "$work/town1" >/dev/null 2>&1
}
check "depot sample refuses to overwrite a library" sample_refuses_existing
