# The championship as juries run it, on a copy of the sample library. So far: readers registered from schools of
# the competition's own (not partners), an unknown school refused by name until --new-school, a reader withdrawn
# and left out of the ranking. (Judges as records, absences and heats are still to come; see issue 14.)

prepare_championship() {
    rm -rf "$work/champ"
    cp -r "$work/first" "$work/champ"
    rm -f "$work/champ/.depot.lock"
}

championship_registers_and_withdraws_readers() {
    prepare_championship || return 1
    local out
    out=$("$depot" competition reader add E2027-01 --round 1 --name Vigga --class 5.b --school "Skovvang Skole" \
        --data "$work/champ" --lang en 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: --school Skovvang Skole: the competition has no school' <<<"$out" \
        && grep -q 'Thorsager Skole' <<<"$out" && grep -q -- '--new-school' <<<"$out" || return 1
    out=$("$depot" competition reader add E2027-01 --round 1 --name Vigga --class 5.b --school "Skovvang Skole" \
        --new-school --data "$work/champ" --lang en) || return 1
    grep -q '^Registered Vigga (5.b, Skovvang Skole) as R[0-9]* in [^.]*\. Skovvang Skole is a new' <<<"$out" \
        || return 1
    local id
    id=$(sed -E 's/.* as (R[0-9]+) .*/\1/' <<<"$out")
    out=$("$depot" competition reader add E2027-01 --round 1 --name "" --class 5.b --school "Rønde Skole" \
        --data "$work/champ" --lang en 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: --name: must not be empty' <<<"$out" || return 1
    out=$("$depot" competition order E2027-01 --round 1 --data "$work/champ" --lang en) || return 1
    grep -q 'Vigga' <<<"$out" || return 1
    out=$("$depot" competition reader withdraw E2027-01 --reader "$id" --data "$work/champ" --lang da) || return 1
    grep -q "^Vigga (5.b, Skovvang Skole) ($id) trukket tilbage" <<<"$out" || return 1
    out=$("$depot" competition results E2027-01 --round 1 --data "$work/champ" --lang en) || return 1
    ! grep -q 'Vigga' <<<"$out" || return 1
    grep -q "\"withdrawnOn\"" "$work/champ/events.json" && grep -q '"name" : "Skovvang Skole"' "$work/champ/events.json"
}
check "depot competition reader add/withdraw: schools of the competition, unknown ones by --new-school" \
    championship_registers_and_withdraws_readers
