# Events and the reading-aloud competition: the results, score sheets and outcome report of the sample, and purge.

competition_results_list_the_heats() {
    local out
    out=$(DEPOT_TODAY=2026-11-23 "$depot" competition results E2027-01 --data "$work/first" --lang en) || return 1
    grep -q '^Syddjursmesterskaberne i oplæsning 2027$' <<<"$out" && grep -q '^School heat' <<<"$out" \
        && grep -q 'No scores yet' <<<"$out" && grep -q '^Rønde Skole:$' <<<"$out" \
        && [ "$(grep -cE '^– +[A-ZÆØÅ][a-zæøå]+, 5\.[abc] ' <<<"$out")" -ge 14 ] || return 1
    python3 -c 'import sys; assert max(map(len, sys.argv[1].splitlines())) <= 80' "$out" || return 1
    DEPOT_TODAY=2026-11-23 "$depot" competition results syddjurs --data "$work/first" --format html \
        --output "$work/results.html" >/dev/null || return 1
    grep -q '<!DOCTYPE html>' "$work/results.html" && grep -q '<table>' "$work/results.html"
}
check "depot competition results prints the sample's heats within 80 columns, and as HTML" \
    competition_results_list_the_heats

competition_sheets_one_page_per_judge() {
    local out
    out=$("$depot" competition sheets E2027-01 --round 1 --data "$work/first" --lang da) || return 1
    [ "$(grep -c $'\f' <<<"$out")" -eq 1 ] && [ "$(grep -c '^Dommer: ' <<<"$out")" -eq 2 ] \
        && grep -q 'Læseteknik, 0–5 point' <<<"$out" || return 1
    "$depot" competition certificates E2027-01 --round 1 --data "$work/first" --output "$work/diplomer.html" \
        | grep -q 'Wrote 16 certificates' && [ "$(grep -c 'class="page certificate"' "$work/diplomer.html")" -eq 16 ] \
        || return 1
    out=$("$depot" competition sheets E2027-01 --round 9 --data "$work/first" 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: --round 9: the competition has rounds 1 to 2' <<<"$out"
}
check "depot competition sheets prints a page per judge; certificates one per reader" \
    competition_sheets_one_page_per_judge

report_shows_targets() {
    local out
    out=$(DEPOT_TODAY=2027-08-01 "$depot" report --season 2026/27 --data "$work/first" --lang en) || return 1
    grep -q '^Outcome report 2026/27: SKOFO' <<<"$out" && grep -qE '^7 skoler deltager +7 +7 met$' <<<"$out" \
        && grep -qE '^Tasks due in the season: 4$' <<<"$out" || return 1
    out=$(DEPOT_TODAY=2026-11-23 "$depot" report --season 2026/27 --data "$work/first" --lang da --format html) \
        || return 1
    grep -q '<html lang="da">' <<<"$out" && grep -q 'Resultatrapport 2026/27' <<<"$out"
}
check "depot report --season 2026/27 counts schools against the agreed targets" report_shows_targets

purge_dry_run_writes_nothing() {
    local before out
    rm -rf "$work/purge"
    cp -r "$work/first" "$work/purge"
    rm -f "$work/purge/.depot.lock"
    before=$(sha256sum "$work/purge/events.json")
    out=$(DEPOT_TODAY=2028-04-01 "$depot" purge --dry-run --data "$work/purge") || return 1
    grep -q 'E2027-01 .*16 readers' <<<"$out" && grep -q 'Dry run; nothing was written' <<<"$out" \
        && [ "$(sha256sum "$work/purge/events.json")" = "$before" ] || return 1
    out=$(DEPOT_TODAY=2028-04-01 "$depot" purge --data "$work/purge" --by S01) || return 1
    grep -q 'Removed the names of 16 readers' <<<"$out" && grep -q 'Oplæser 16' "$work/purge/events.json" \
        && "$depot" check --data "$work/purge" | grep -q "no problems found" || return 1
    out=$(DEPOT_TODAY=2028-04-01 "$depot" purge --data "$work/purge") && grep -q '^No readers' <<<"$out"
}
check "depot purge --dry-run writes nothing; purge replaces the names and is done once" purge_dry_run_writes_nothing
