# Where Depot meets the tools around it (issue 16): version, man page, completions, JSON, calendars, printing.

version_from_one_place() {
    local want
    want=$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/DepotCore/Text/DepotVersion.swift)
    [ -n "$want" ] && [ "$("$depot" --version)" = "$want" ]
}
check "depot --version prints the version written in DepotVersion" version_from_one_place

man_page_names_every_command() {
    # Every subcommand of `depot --help` has its entry in docs/depot.1 (CI also regenerates and diffs it).
    local name missing=0
    for name in $("$depot" --help | sed -n '/^SUBCOMMANDS:/,/^$/p' | awk 'NR > 1 && /^  [a-z]/ { print $1 }'); do
        grep -q "^\.It Em $name\$" docs/depot.1 || { echo "    not in docs/depot.1: $name"; missing=1; }
    done
    [ "$missing" -eq 0 ]
}
check "the man page has every subcommand" man_page_names_every_command

completions_know_the_commands() {
    local script
    script=$("$depot" --generate-completion-script bash) && grep -q 'competition' <<<"$script" \
        && grep -q -- '--with-items' <<<"$script" && bash -n <<<"$script"
}
check "bash completions list the commands and options, and parse" completions_know_the_commands

json_is_stable_sorted_and_complete() {
    # Several runs give the same bytes; every object has its keys sorted; a key with no value is null, not left out.
    local a b
    a=$("$depot" events --format json --data "$work/first") || return 1
    for _ in 1 2 3; do
        b=$("$depot" events --format json --data "$work/first") || return 1
        [ "$a" = "$b" ] || { echo "    events --format json changed between runs"; return 1; }
    done
    {
        echo "$a"
        echo "@@"
        DEPOT_TODAY=2026-11-23 "$depot" week --week 2026-W49 --format json --data "$work/first"
        echo "@@"
        DEPOT_TODAY=2026-11-23 "$depot" ledger --season 2026/27 --format json --data "$work/first"
        echo "@@"
        "$depot" item 5000100000005 --format json --data "$work/first"
        echo "@@"
        "$depot" export items --format json --data "$work/first"
    } | python3 -c '
import json, sys
docs = [json.loads(part) for part in sys.stdin.read().split("@@")]
def walk(node, path):
    if isinstance(node, dict):
        keys = list(node)
        assert keys == sorted(keys), (path, keys)
        for k, v in node.items(): walk(v, path + "." + k)
    elif isinstance(node, list):
        for i, v in enumerate(node): walk(v, path + f"[{i}]")
for d in docs: walk(d, "$")
events = docs[0]
assert all({"team", "venue"} <= set(e) for e in events), "events lack team or venue"
week_visits = [v for day in docs[1]["days"] for v in day["visits"]]
assert week_visits and all({"address", "phone", "contact", "deliveryNotes", "leave"} <= set(v) for v in week_visits)
assert all("holiday" in day for day in docs[1]["days"])
assert set(docs[2]) == {"rows", "totals"}
assert {"crate", "partner", "deposit", "due", "since", "daysOverdue"} <= set(docs[3])
'
}
check "JSON outputs are stable across runs, keys sorted, empty keys null" json_is_stable_sorted_and_complete
