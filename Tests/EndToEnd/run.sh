#!/usr/bin/env bash
# End-to-end checks of the real `depot` binary on copies of the sample library.
# Each check prints one line; the script ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."

swift build --product depot >/dev/null
depot="$(swift build --show-bin-path)/depot"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

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
