# Danish that reads right (issue 15): every command run in a Danish locale on the sample prints no English word.

# Words that are English and never Danish, matched as whole words in any case. Words both languages spell alike
# (for, at, to, is, stop, sent, plan, book, partner, status, depot) are left out.
danish_english_words='the|and|of|with|by|no|not|deposits?|overdue|due|crates?|route|total|warnings?|problems?|found|events?|tasks?|days?|today|ledger|amounts?|packed|renewed|week|closed|holiday|items?|left|returned|lost|damaged|waived|charged|readers?|title|venue|kind|open|done|letters?|page|team|schools?|children|held|home|none|unknown|available|saved|draft|published|kept|back|written|wrote'

# Runs `depot ARGS...` in a Danish locale on $lib (stdin from $danish_input) and fails naming the English words.
danish_run() {
    local out hits
    out=$(printf '%s' "${danish_input:-}" | LANG=da_DK.UTF-8 LC_ALL= DEPOT_TODAY=2026-11-23 "$depot" "$@" --data "$lib" 2>&1)
    hits=$(grep -owiE "($danish_english_words)" <<<"$out" | sort -u | tr '\n' ' ')
    if [ -n "$hits" ]; then
        echo "    depot $*: English in Danish output: $hits"
        grep -wiE "($danish_english_words)" <<<"$out" | head -5 | sed 's/^/      /'
        return 1
    fi
}

every_command_in_danish() {
    lib="$work/danish"
    rm -rf "$lib" && cp -r data "$lib" && chmod -R go-rwx "$lib"
    local failed=0 args
    while IFS= read -r args; do
        # shellcheck disable=SC2086
        danish_run $args || failed=1
    done <<'COMMANDS'
overdue
due
due --within 4w
ledger
events
events task list E2027-01
check
week --week 2026-W48
week --week 2026-W52
week --week 2026-W48 --with-items
remind
report --season 2026/27
plan --dry-run
plan dates P003 --draft
item 5000100002352
crate K007
COMMANDS
    danish_input=5000100002352 danish_run return K007 --missing at-partner || failed=1
    danish_run renew Bamsebo || failed=1
    danish_run pack K002 --for P003 || failed=1
    danish_run found 5000100002352 || failed=1
    [ "$failed" -eq 0 ]
}
check "every command in a Danish locale prints no English word from the list" every_command_in_danish

danish_counts_and_amounts() {
    lib="$work/danish-numbers"
    rm -rf "$lib" && cp -r data "$lib" && chmod -R go-rwx "$lib"
    local ledger overdue
    ledger=$(LANG=da_DK.UTF-8 DEPOT_TODAY=2026-11-23 "$depot" ledger --data "$lib") || return 1
    overdue=$(DEPOT_TODAY=2026-11-23 "$depot" overdue --data "$lib" --lang da) || return 1
    grep -q "469,90" <<<"$ledger" && ! grep -q "469\.90" <<<"$ledger" \
        && grep -q "depoter overskredet" <<<"$overdue" && grep -Eq " 1 dag$| [0-9]+ dage$" <<<"$overdue" \
        && ! grep -Eq "(^| )1 dage" <<<"$overdue" \
        && DEPOT_TODAY=2026-11-23 "$depot" overdue --data "$lib" --lang en | grep -q "deposits overdue"
}
check "Danish counts and decimal commas in the ledger and the overdue list; --lang en keeps English" \
    danish_counts_and_amounts
