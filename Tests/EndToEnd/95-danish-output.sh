# Danish that reads right (issue 15): every command run in a Danish locale on the sample prints no English word.

# Words that are English and never Danish, matched as whole words in any case. Words both languages spell alike
# (for, at, to, is, stop, sent, plan, book, partner, status, depot, note, id, hold, runde, fil) are left out.
danish_english_words='the|and|of|with|by|no|not|deposits?|overdue|due|crates?|route|total|warnings?|problems?|found|events?|tasks?|days?|today|ledger|amounts?|packed|renewed|week|closed|holiday|items?|left|returned|lost|damaged|waived|charged|readers?|title|venue|kind|open|done|letters?|page|team|schools?|children|held|home|none|unknown|available|saved|draft|published|kept|back|written|wrote|rows?|file|files|nothing|cannot|must|missing|judges?|round|points|score|winner|certificates?|removed|names|dry|run|would|changed|new|barcode|line|column|record|library|give|write|when|there|this|that|which|where|has|was|were|are|been|only|every|partners|visits?|exchange|crates?|printer|printed|error|usage|see|information|unexpected|unknown|option|invalid|expected|value|specified|provide|please|mean|member|called|sign|changes|object|missing|symbolic|regular|picturebook|boardbook|audiobook|game|workbook|worksheet|unpacked|cell'

# Standard input without the names that are not words: paths and files, options, commands in backquotes or quotes,
# argument names in capitals or in <…> (as the argument parser names a value), and the synopsis after "Brug:" (the
# usage line names the command and its options).
danish_filter() {
    sed -E 's/^Brug: .*//; s/'"'"'depot [^'"'"']*'"'"'//g; s#[^ ]*/[^ ]*##g; s/--[a-z-]+//g; s/`[^`]*`//g; s/[A-Za-z0-9_-]+\.(json|txt|html|ics|csv|xlsx)//g; s/\b[A-Z][A-Z|]+\b//g; s/<[^>]*>//g'
}

# Runs `depot ARGS...` in a Danish locale on $lib (stdin from $danish_input), standard output and standard error
# together, and fails naming the English words. `danish_status` (default: any) is the exit status it must end with.
danish_run() {
    local out hits status
    local data=(--data "$lib")
    [ "$1" = sample ] && data=()
    out=$(printf '%s' "${danish_input:-}" | LANG=da_DK.UTF-8 LC_ALL= DEPOT_TODAY=2026-11-23 "$depot" "$@" "${data[@]}" 2>&1)
    status=$?
    if [ -n "${danish_status:-}" ] && [ "$status" -ne "$danish_status" ]; then
        echo "    depot $*: exit status $status, expected $danish_status"
        sed 's/^/      /' <<<"$out" | head -5
        return 1
    fi
    if [ -z "$out" ]; then
        echo "    depot $*: printed nothing"
        return 1
    fi
    out=$(danish_filter <<<"$out")
    hits=$(grep -owiE "($danish_english_words)" <<<"$out" | sort -u | tr '\n' ' ')
    if [ -n "$hits" ]; then
        echo "    depot $*: English in Danish output: $hits"
        grep -wiE "($danish_english_words)" <<<"$out" | head -5 | sed 's/^/      /'
        return 1
    fi
}

# Every subcommand of `depot --help` (and of plan, events, competition, import, export) in a Danish locale, on a
# copy of the sample library, in an order in which each finds what it needs: the read-only ones, then the changes.
# Machine formats (CSV, JSON, iCalendar) keep their English column names and go to files, so only the commands'
# own lines are read.
every_command_in_danish() {
    lib="$work/danish"
    rm -rf "$lib" && cp -r data "$lib" && chmod -R go-rwx "$lib"
    local failed=0 args out="$work/danish-out"
    mkdir -p "$out"
    while IFS= read -r args; do
        args=${args//\$out/$out}
        # shellcheck disable=SC2086
        danish_status=0 danish_run $args || failed=1
    done <<'COMMANDS'
overdue
due
due --within 4w
ledger
ledger --partner P003
events
events task list E2027-01
events show E2027-01
events show skofo
check
week --week 2026-W48
week --week 2026-W52
week --week 2026-W48 --with-items
week --week 2026-W48 --output $out/week.txt
week --week 2026-W48 --format html --print
week --season 2026/27 --format ics --output $out/season.ics
remind
remind --output $out/letters.txt
report --season 2026/27
plan --dry-run
plan explain P003 2026-12-03
item 5000100002352
crate K007
export items --format csv --output $out/items.csv
export deposits --format xlsx --output $out/deposits.xlsx
export ledger --format json --output $out/ledger.json
import items $out/items.csv --dry-run
competition results E2027-01
competition order E2027-01 --round 1
competition sheets E2027-01 --round 1
competition certificates E2027-01 --round 1 --output $out/certificates.html
purge --dry-run
sample --scale sample --out $out/sample
COMMANDS
    danish_input=5000100002352 danish_run return K007 --missing at-partner || failed=1
    danish_status=0 danish_run renew Bamsebo || failed=1
    danish_status=0 danish_run pack K004 --for P003 || failed=1
    danish_status=0 danish_run send P003 --special-delivery || failed=1
    danish_input= danish_status=0 danish_run exchange P014 --missing lost || failed=1
    local lost
    lost=$(python3 -c 'import json,sys; print([c for c in json.load(open(sys.argv[1]))["crates"] if c["id"] == "K002"][0]["itemBarcodes"][0])' "$lib/crates.json")
    danish_status=0 danish_run writeoff "$lost" || failed=1
    danish_status=0 danish_run found "$lost" || failed=1
    danish_status=0 danish_run events task add E2027-01 --title Plakater --owner S01 --due 2026-12-01 || failed=1
    danish_status=0 danish_run events task done E2027-01 1 || failed=1
    danish_status=0 danish_run events note E2027-01 --author S01 "Salen er booket" || failed=1
    danish_status=0 danish_run events task delete E2027-01 1 || failed=1
    danish_status=0 danish_run events meeting add --team skofo --title Planlægningsmøde --day 2026-12-10 \
        --agenda Skolerunderne --attendee S01,S02 || failed=1
    danish_status=0 danish_run events meeting print Planlægningsmøde || failed=1
    danish_status=1 danish_run events note E2027-01 --author S08 "Hej" || failed=1
    danish_status=0 danish_run competition score E2027-01 --round 1 --judge J1 --reader R01 \
        technique=4 interpretation=3 passage=5 || failed=1
    danish_status=1 danish_run competition advance E2027-01 --round 1 || failed=1
    danish_status=1 danish_run competition tie E2027-01 --round 1 --winner R01 || failed=1
    danish_status=0 danish_run plan --season 2027/28 || failed=1
    danish_status=0 danish_run plan dates P003 --draft --season 2027/28 || failed=1
    danish_status=1 danish_run plan diff --season 2027/28 || failed=1
    danish_status=0 danish_run plan --season 2027/28 --publish || failed=1
    danish_status=0 danish_run plan dates P003 --season 2027/28 || failed=1
    danish_status=0 danish_run purge || failed=1
    # Errors: a bad barcode, an unknown partner, a bad date, a crate that does not exist, a damaged file.
    danish_status=1 danish_run item 12345 || failed=1
    danish_status=1 danish_run crate K999 || failed=1
    danish_status=1 danish_run renew "Ingen Sådan Børnehave" || failed=1
    danish_status=1 danish_run remind --partner "Ingen Sådan Børnehave" || failed=1
    danish_status=1 danish_run closures add --partner "Ingen Sådan Børnehave" "uge 28-30" || failed=1
    danish_status=1 danish_run closures add --partner P003 "uge 53" || failed=1
    danish_status=1 danish_run send P003 --due 31-31-2026 || failed=1
    danish_status=1 danish_run writeoff 12345 || failed=1
    danish_status=1 danish_run competition results "Ingen sådan konkurrence" || failed=1
    danish_status=64 danish_run ledger --season 2026/30 || failed=1
    danish_status=1 danish_run competition score E2027-01 --round 1 --judge J9 --reader R01 technique=4 || failed=1
    danish_status=1 danish_run competition score E2027-01 --round 1 --judge J1 --reader R01 technique=9 || failed=1
    # Found by running the commands by hand: --print of a file for programs, an import's mapping, a file to import
    # that is not there or lacks the barcode column.
    danish_status=64 danish_run week --print --format ics || failed=1
    danish_status=64 danish_run import items "$out/items.csv" --dry-run --map colour=Farve || failed=1
    danish_status=64 danish_run import items "$out/items.csv" --dry-run --map status=Status || failed=1
    danish_status=1 danish_run import items "$out/no-such-file.csv" --dry-run || failed=1
    danish_status=1 danish_run prospect import "$out/no-such-file.csv" || failed=1
    danish_status=1 danish_run import items "$lib/library.json" --dry-run --map barcode=Stregkode || failed=1
    # An import with a changed title, a barcode twice with different rows, one twice alike, a barcode a spreadsheet
    # made a number, a price that is none, a new item without an age band and one with all it needs: the report (with
    # the new item's age band and format in Danish) and its problems.
    python3 - "$out/items.csv" "$out/changed.csv" <<'PY' || failed=1
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
header, data = rows[0], rows[1:]
at = {name: header.index(name) for name in header}
changed = list(data[1]); changed[at["title"]] += " (ny)"
number = list(data[2]); number[at["barcode"]] = "1,23457E+12"
other = list(data[3]); other[at["title"]] = "En anden titel"
price = list(data[4]); price[at["price"]] = "gratis"
new = list(data[5]); new[at["barcode"]] = "5000199999999"; new[at["ageBand"]] = ""
fine = list(data[6]); fine[at["barcode"]] = "5000199999998"
csv.writer(open(sys.argv[2], "w", encoding="utf-8", newline="")).writerows(
    [header, data[0], data[0], changed, number, data[3], other, price, new, fine])
PY
    danish_status=1 danish_run import items "$out/changed.csv" --dry-run || failed=1
    danish_status=1 danish_run import items "$out/changed.csv" || failed=1
    # A CSV file that is empty, and one whose lines have too many or too few fields or a quote never closed.
    : >"$out/empty.csv"
    printf 'barcode;title\n1;2;3\n1\n"abc\n' >"$out/bad.csv"
    danish_status=1 danish_run import items "$out/empty.csv" --dry-run || failed=1
    danish_status=1 danish_run import items "$out/bad.csv" --dry-run || failed=1
    # A workbook that is a Word file, and one whose worksheet is not well-formed XML.
    python3 - "$out" <<'PY' || failed=1
import sys, zipfile
with zipfile.ZipFile(sys.argv[1] + "/word.xlsx", "w") as z:
    z.writestr("word/document.xml", "<document/>")
with zipfile.ZipFile(sys.argv[1] + "/broken.xlsx", "w") as z:
    z.writestr("xl/workbook.xml", '<workbook><sheets><sheet name="Ark1" sheetId="1"/></sheets></workbook>')
    z.writestr("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row></sheetData>")
PY
    danish_status=1 danish_run import items "$out/word.xlsx" --dry-run || failed=1
    danish_status=1 danish_run import items "$out/broken.xlsx" --dry-run || failed=1
    danish_status=1 danish_run prospect import "$out/empty.csv" || failed=1
    printf 'navn;adresse;postnummer;by\nA;B;8410\n"abc\n' >"$out/bad-prospects.csv"
    danish_status=1 danish_run prospect import "$out/bad-prospects.csv" || failed=1
    # The argument parser's refusals: arguments too many, an unknown option, a value an option does not take, a
    # missing argument, a bad --today; the commands' own; a member who left the team, and no one, for --as.
    danish_status=64 danish_run overdue a b c || failed=1
    danish_status=64 danish_run overdue --bogus || failed=1
    danish_status=64 danish_run overdue --fromat csv || failed=1
    danish_status=64 danish_run overdue --format xml || failed=1
    danish_status=64 danish_run item || failed=1
    danish_status=64 danish_run sample --scale sample --out "$out/never" --today 2026-13-45 || failed=1
    danish_status=64 danish_run sample --scale sample --out "$out/never" --times x || failed=1
    danish_status=64 danish_run closures --partner P003 --library || failed=1
    danish_status=64 danish_run competition certificates E2027-01 || failed=1
    danish_status=1 danish_run renew Bamsebo --as S08 || failed=1
    danish_status=1 danish_run renew Bamsebo --as "Ingen Sådan" || failed=1
    danish_status=1 danish_run events note E2027-01 --author lene "Hej" || failed=1
    # A file that is not JSON, and one whose value has the wrong type, as `check` and every command name them.
    cp "$lib/partners.json" "$out/partners.kept"
    printf '{"x": }' >"$lib/partners.json"
    danish_status=1 danish_run check || failed=1
    danish_status=1 danish_run overdue || failed=1
    sed 's/"childCount" : [0-9]*/"childCount" : "mange"/' "$out/partners.kept" >"$lib/partners.json"
    danish_status=1 danish_run check || failed=1
    danish_status=1 danish_run overdue || failed=1
    # A link where the file should be: not read, said by the store.
    rm "$lib/partners.json" && ln -s "$out/partners.kept" "$lib/partners.json"
    danish_status=1 danish_run check || failed=1
    danish_status=1 danish_run overdue || failed=1
    rm "$lib/partners.json"
    cp "$out/partners.kept" "$lib/partners.json"
    # Records that do not fit together, as `depot check` and every command name them: a partner on a route that
    # does not exist, a deposit of a partner that does not exist.
    cp "$lib/partners.json" "$out/partners.kept"
    python3 - "$lib" <<'PY' || failed=1
import json, sys
path = sys.argv[1] + "/partners.json"
partners = json.load(open(path, encoding="utf-8"))
partners["partners"][0]["routeID"] = "R9"
json.dump(partners, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2, sort_keys=True)
PY
    danish_status=1 danish_run check || failed=1
    danish_status=1 danish_run overdue || failed=1
    cp "$out/partners.kept" "$lib/partners.json"
    # A file from a newer Depot, and a library with a file missing: named, and left as they are.
    sed -i 's/"schemaVersion" : 1/"schemaVersion" : 99/' "$lib/teams.json"
    danish_status=1 danish_run events || failed=1
    rm "$lib/staff.json"
    danish_status=1 danish_run overdue || failed=1
    danish_status=1 danish_run check || failed=1
    [ "$failed" -eq 0 ]
}

check "every command in a Danish locale prints no English word from the list, on standard output and error" \
    every_command_in_danish

danish_counts_and_amounts() {
    lib="$work/danish-numbers"
    rm -rf "$lib" && cp -r data "$lib" && chmod -R go-rwx "$lib"
    local ledger overdue
    ledger=$(LANG=da_DK.UTF-8 DEPOT_TODAY=2026-11-23 "$depot" ledger --data "$lib") || return 1
    overdue=$(DEPOT_TODAY=2026-11-23 "$depot" overdue --data "$lib" --lang da) || return 1
    grep -q "469,90" <<<"$ledger" && ! grep -q "469\.90" <<<"$ledger" \
        && grep -q "depoter over tid" <<<"$overdue" && grep -Eq " 1 dag$| [0-9]+ dage$" <<<"$overdue" \
        && ! grep -Eq "(^| )1 dage" <<<"$overdue" \
        && DEPOT_TODAY=2026-11-23 "$depot" overdue --data "$lib" --lang en | grep -q "deposits overdue"
}
check "Danish counts and decimal commas in the ledger and the overdue list; --lang en keeps English" \
    danish_counts_and_amounts

# The same refusals with --lang en (in a Danish locale) stay English: the argument parser's own words, the desk's,
# a damaged file's.
english_errors_with_lang_en() {
    lib="$work/danish-english"
    rm -rf "$lib" && cp -r data "$lib" && chmod -R go-rwx "$lib"
    local run=(env LANG=da_DK.UTF-8 LC_ALL= DEPOT_TODAY=2026-11-23 "$depot")
    says() { grep -q -- "$1" <<<"$2" || { echo "    expected: $1"; sed 's/^/      /' <<<"$2" | head -3; return 1; }; }
    says "^Error: 3 unexpected arguments: 'a', 'b', 'c'$" "$("${run[@]}" overdue a b c --lang en --data "$lib" 2>&1)" \
        && says "^Error: Unknown option '--bogus'$" "$("${run[@]}" overdue --bogus --lang en --data "$lib" 2>&1)" \
        && says "^Error: The value 'xml' is invalid for '--format <format>'" \
            "$("${run[@]}" overdue --format xml --lang en --data "$lib" 2>&1)" \
        && says "^Error: --today must be" "$("${run[@]}" sample --out "$work/never" --today 2026-13-45 --lang en 2>&1)" \
        && says "left the team on 2026-05-31" "$("${run[@]}" renew Bamsebo --as S08 --lang en --data "$lib" 2>&1)" \
        && printf '{"x": }' >"$lib/partners.json" \
        && says "^partners.json line 1, column 7: expected a value, found '}'$" \
            "$("${run[@]}" check --lang en --data "$lib" 2>&1)" \
        && says "^partners.json linje 1, kolonne 7: der skulle komme en værdi, men der står '}'$" \
            "$("${run[@]}" check --data "$lib" 2>&1)"
}
check "the refusals of the argument parser, the desk and a damaged file stay English with --lang en" \
    english_errors_with_lang_en

# A refused value in Danish keeps the lines English has: the option's help ("Hjælp:", in Danish as the help is) and
# the usage ("Brug:"), their texts starting in one column as "Help:" and "Usage:" do.
danish_refusal_keeps_help_line() {
    lib="$work/danish-help-line"
    rm -rf "$lib" && cp -r data "$lib" && chmod -R go-rwx "$lib"
    local english danish help
    english=$(LANG=C.UTF-8 "$depot" overdue --format xml --data "$lib" 2>&1)
    danish=$(LANG=da_DK.UTF-8 LC_ALL= "$depot" overdue --format xml --data "$lib" 2>&1)
    help=$(LANG=da_DK.UTF-8 LC_ALL= "$depot" overdue --help | sed -nE 's/^  --format <format> +//p')
    [ -n "$help" ] || { echo "    no --format line in the Danish help"; return 1; }
    [ "$(wc -l <<<"$danish")" -eq "$(wc -l <<<"$english")" ] \
        && grep -q "^Help:  --format <format>  " <<<"$english" \
        && grep -qF "Hjælp: --format <format>  $help" <<<"$danish" \
        && grep -q "^Brug:  depot overdue \[" <<<"$danish" \
        || { echo "    English:"; sed 's/^/      /' <<<"$english"; echo "    Danish:"; sed 's/^/      /' <<<"$danish"; return 1; }
}
check "a refused value in Danish keeps the option's help line and the usage, lined up" danish_refusal_keeps_help_line

# A refusal that asks a question ends with its question mark, not "?.".
refusal_that_asks_ends_with_its_question() {
    lib="$work/danish-question"
    rm -rf "$lib" && cp -r data "$lib" && chmod -R go-rwx "$lib"
    local out
    out=$(LANG=da_DK.UTF-8 LC_ALL= DEPOT_TODAY=2026-11-23 "$depot" closures add "uge 30-28" --library --data "$lib" 2>&1)
    grep -q "mente du uge 28-30?$" <<<"$out" || { echo "    $out"; return 1; }
}
check "a refusal that asks a question ends with its question mark" refusal_that_asks_ends_with_its_question

# The help of every command and subcommand (issue 15): `depot … --help` in a Danish locale is Danish, the commands'
# texts and the parser's own words. The commands are the ones the binary itself lists (its help dump), so a new one
# is checked without being named here. Names that are not words are left out, as for the commands' output: the
# usage lines (the synopsis), the subcommands' names in the first column, the values an option takes in
# "(værdier: …)", and whatever `danish_filter` leaves out.
danish_help_of_every_command() {
    local commands path out hits failed=0 count=0
    commands=$("$depot" --experimental-dump-help | python3 -c '
import json, sys
def walk(command, path):
    yield path
    for sub in command.get("subcommands") or []:
        yield from walk(sub, path + [sub["commandName"]])
for path in walk(json.load(sys.stdin)["command"], []):
    print(" ".join(path))') || return 1
    [ "$(wc -l <<<"$commands")" -gt 40 ] || { echo "    only $(wc -l <<<"$commands") commands in the help dump"; return 1; }
    while IFS= read -r path; do
        count=$((count + 1))
        # shellcheck disable=SC2086
        out=$(LANG=da_DK.UTF-8 LC_ALL= "$depot" $path --help 2>&1) || { echo "    depot $path --help failed"; failed=1; continue; }
        if ! grep -q "^TILVALG:$" <<<"$out" || grep -qE "^(USAGE|OPTIONS|ARGUMENTS|SUBCOMMANDS|OVERVIEW):" <<<"$out"; then
            echo "    depot $path --help: the parser's headings are not Danish"
            failed=1
        fi
        out=$(awk '/^BRUG: /{skip=1} skip&&/^$/{skip=0} !skip' <<<"$out" \
            | sed -E 's/^  [a-z][a-z-]* \(standard\)/  /; s/^  [a-z][a-z-]*( |$)/  /; s/\(værdier: [^)]*\)//g' \
            | tr '\n' ' ' | danish_filter)
        # The parser's own words too ("(default: …)", "Show help information.", "<subcommand>").
        hits=$(grep -owiE "($danish_english_words|default|values|show|subcommands?)" <<<"$out" | sort -u | tr '\n' ' ')
        if [ -n "$hits" ]; then
            echo "    depot $path --help: English in Danish help: $hits"
            grep -owiE ".{0,40}\b($danish_english_words|default|values|show|subcommands?)\b.{0,40}" <<<"$out" | head -3 | sed 's/^/      /'
            failed=1
        fi
    done <<<"$commands"
    # `depot help X` in a Danish locale, and --lang da in an English one, say the same as --help in a Danish locale.
    local danish
    danish=$(LANG=da_DK.UTF-8 LC_ALL= "$depot" closures add --help)
    [ "$(LANG=da_DK.UTF-8 LC_ALL= "$depot" help closures add)" = "$danish" ] \
        || { echo "    depot help closures add differs from the Danish --help"; failed=1; }
    [ "$(LANG=C.UTF-8 "$depot" closures add --help --lang da)" = "$danish" ] \
        || { echo "    depot closures add --help --lang da differs from the Danish --help"; failed=1; }
    # The parser's `help` takes no options: its --lang (either way of writing it, before or after the command's
    # name) still chooses the language, and a language that is none is refused by name.
    local lang_args
    for lang_args in "help closures add --lang da" "help closures add --lang=da" "help --lang da closures add"; do
        # shellcheck disable=SC2086
        [ "$(LANG=C.UTF-8 "$depot" $lang_args 2>&1)" = "$danish" ] \
            || { echo "    depot $lang_args differs from the Danish --help"; failed=1; }
    done
    [ "$(LANG=da_DK.UTF-8 LC_ALL= "$depot" help closures add --lang en 2>&1)" = "$(LANG=C.UTF-8 "$depot" closures add --help)" ] \
        || { echo "    depot help closures add --lang en differs from the English --help"; failed=1; }
    local bad status
    bad=$(LANG=da_DK.UTF-8 LC_ALL= "$depot" help closures add --lang xx 2>&1)
    status=$?
    [ "$status" -eq 64 ] && grep -q "^Fejl: --lang skal være en af da, en.$" <<<"$bad" \
        || { echo "    depot help closures add --lang xx: status $status, said: $bad"; failed=1; }
    bad=$(LANG=C.UTF-8 "$depot" help closures add --lang 2>&1)
    status=$?
    [ "$status" -eq 64 ] && grep -q "^Error: --lang must be one of da, en.$" <<<"$bad" \
        || { echo "    depot help closures add --lang: status $status, said: $bad"; failed=1; }
    [ "$count" -gt 40 ] || failed=1
    [ "$failed" -eq 0 ]
}
check "the help of every command and subcommand in a Danish locale is Danish" danish_help_of_every_command

# With --lang en or an English locale the help is English, as it always was: the man page's texts, the parser's words.
# (--lang on a command with subcommands makes the parser show its default subcommand, so those are read in C.)
english_help_with_lang_en() {
    local english lang_en
    english=$(LANG=C.UTF-8 "$depot" closures add --help) || return 1
    lang_en=$(LANG=da_DK.UTF-8 LC_ALL= "$depot" closures add --help --lang en) || return 1
    [ "$english" = "$lang_en" ] || { echo "    --lang en differs from the C locale"; diff <(echo "$english") <(echo "$lang_en") | head -5; return 1; }
    grep -q "^USAGE: depot closures add" <<<"$english" && grep -q "^OPTIONS:$" <<<"$english" \
        && grep -q "^OVERVIEW: Add a recurring closure to a partner (--partner) or the library$" <<<"$english" \
        && grep -q "Show help information." <<<"$english" \
        && LANG=C.UTF-8 "$depot" closures --help | grep -q "^SUBCOMMANDS:$" \
        && LANG=C.UTF-8 "$depot" closures --help | grep -q "See 'depot help closures <subcommand>' for detailed help." \
        && LANG=C.UTF-8 "$depot" --help | grep -q "See 'depot help <subcommand>' for detailed help."
}
check "the help with --lang en in a Danish locale is the English help" english_help_with_lang_en
