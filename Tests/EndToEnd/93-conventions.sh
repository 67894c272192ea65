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
