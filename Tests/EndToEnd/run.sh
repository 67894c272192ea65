#!/usr/bin/env bash
# End-to-end checks of the real `depot` binary on copies of the sample library.
# Each check prints one line; the script ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."

# DEPOT_BIN names a binary already built (e.g. in another scratch folder); otherwise build the debug one.
if [ -n "${DEPOT_BIN:-}" ]; then
    depot=$DEPOT_BIN
else
    swift build --product depot >/dev/null
    depot="$(swift build --show-bin-path)/depot"
fi
work=$(mktemp -d)
# Who is at the desk (for the change log), so the screen does not ask; and this machine's memory of it kept apart.
export DEPOT_STAFF=S01 XDG_CONFIG_HOME="$work/config"
# The commands follow the locale: English unless a check asks for Danish (LANG=da_DK.UTF-8 or --lang da).
unset LC_ALL LC_MESSAGES
export LANG=C.UTF-8
# The checks' screens run on a tmux server of their own, started from this script's environment (DEPOT_STAFF, LANG,
# XDG_CONFIG_HOME above): a tmux server the user already runs would start them with its own environment.
tmux() { command tmux -L "depot-e2e-$$" "$@"; }
cleanup() {
    tmux kill-server 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
passed=0
failed=0
# The catalogue is kept in shards (items/*.json); catalogue.py reads and edits it for the checks' Python.
export PYTHONPATH="$PWD/Tests/EndToEnd${PYTHONPATH:+:$PYTHONPATH}"
catalogue_sum() { cat "$1"/items/*.json | sha256sum; }

check() {
    local name=$1
    shift
    if "$@"; then
        echo "ok   - $name"
        passed=$((passed + 1))
    else
        echo "FAIL - $name"
        failed=$((failed + 1))
    fi
}

for test in Tests/EndToEnd/[0-9]*.sh; do
    # shellcheck source=/dev/null
    source "$test"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
