# The championship as juries run it, on copies of the sample library: readers registered from schools of the
# competition's own (not partners), an unknown school refused by name until --new-school, a reader withdrawn and left
# out of the ranking; and a whole heat evening driven from the command line (heats, judges, absences, draw, overtime,
# read-off, advancing, certificates, the final), its results' JSON checked against an independent computation.

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

# A whole heat evening from the command line, on a fresh championship in a copy of the sample library: two school
# heats on different days with their own juries, readers registered into them, a judge from a reader's own school
# flagged and accepted by the chair, a judge absent after one score, a reader withdrawn, the running order drawn
# from a seed, overtime penalised, a tie at the cut decided by read-off, and the heat winners advanced. The results'
# JSON is checked against the scores in events.json by a computation of the test's own (heats.py below).
prepare_heat_evening() {
    rm -rf "$work/heats"
    cp -r "$work/first" "$work/heats"
    rm -f "$work/heats/.depot.lock"
    # The championship before anyone is registered: the first round ranks per heat, one reader advances from each.
    python3 - "$work/heats/events.json" <<'PY'
import json, sys
path = sys.argv[1]
data = json.load(open(path, encoding="utf-8"))
competition = next(e for e in data["events"] if e["id"] == "E2027-01")["competition"]
competition["readers"] = []
heat = competition["rounds"][0]
heat.update(readerIDs=[], judges=[], sheets=[], tieBreaks=[])
round_format = competition["format"]["rounds"][0]
round_format.update(perSchool=False, perHeat=True, advancing=1)
with open(path, "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=2, sort_keys=True)
    f.write("\n")
PY
}

# depot competition ... on the heat evening's library, on the evening's day.
heat_depot() { DEPOT_TODAY=2027-02-16 "$depot" competition "$@" --data "$work/heats"; }

championship_heat_evening() {
    prepare_heat_evening || return 1
    local out
    heat_depot overtime-rule E2027-01 --points 1 --per-seconds 30 --lang en >/dev/null || return 1
    out=$(heat_depot heat add E2027-01 --round 1 --name "Rønde Skole" --day 2027-02-16 --venue "Rønde Skole, aulaen" \
        --lang en) || return 1
    grep -q '^Added heat H1 Rønde Skole to Skolerunde, 16 February 2027, Rønde Skole, aulaen\.$' <<<"$out" \
        || { echo "    | $out"; return 1; }
    heat_depot heat add E2027-01 --round 1 --name "Hornslet Skole" --day 2027-02-18 --lang en >/dev/null || return 1
    # With two heats a reader must be given one.
    out=$(heat_depot reader add E2027-01 --round 1 --name Alma --class 5.a --school "Rønde Skole" --lang en 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: The round has several heats; name one with --heat (H1 Rønde Skole, H2 Hornslet' \
        <<<"$out" || { echo "    | $out"; return 1; }
    local name class school heat
    while IFS=, read -r name class school heat; do
        heat_depot reader add E2027-01 --round 1 --name "$name" --class "$class" --school "$school" --heat "$heat" \
            --lang en >/dev/null || return 1
    done <<'READERS'
Alma,5.a,Rønde Skole,H1
Clara,5.b,Rønde Skole,H1
August,5.a,Kolind Centralskole,H1
Elias,5.b,Kolind Centralskole,H1
Noah,5.a,Hornslet Skole,Hornslet Skole
William,5.c,Hornslet Skole,H2
Asta,5.a,Mørke Skole,H2
Karla,5.b,Mørke Skole,H2
READERS
    # Rønde Skole's own librarian on the Rønde jury is flagged, naming the readers, until the chair accepts it.
    out=$(heat_depot judge add E2027-01 --round 1 --name "Birthe Lund" --role bibliotekar --school "Rønde Skole" \
        --heat H1 --lang en) || return 1
    grep -q '^Added Birthe Lund (librarian, Rønde Skole) as J1 in Skolerunde\. Birthe Lund is from Rønde Skole, the school of 2 readers in this round: Alma (5.a, Rønde Skole) and Clara (5.b, Rønde Skole)\. Swap the judge, or accept it with: depot competition judge accept-conflict E2027-01 --round 1 --judge J1' \
        <<<"$out" || { echo "    | $out"; return 1; }
    heat_depot judge add E2027-01 --round 1 --name "Karen Holm" --role storyteller --organisation "Syddjurs Bibliotek" \
        --heat H1 >/dev/null || return 1
    heat_depot judge add E2027-01 --round 1 --name "Per Dal" --role teacher --heat H1 >/dev/null || return 1
    heat_depot judge add E2027-01 --round 1 --name "Mette Juul" --role schoolConsultant --heat H2 >/dev/null || return 1
    heat_depot judge add E2027-01 --round 1 --name "Ole Ravn" --role storyteller --heat H2 >/dev/null || return 1
    heat_depot judge add E2027-01 --round 1 --name "Sanne Østergaard" --role teacher --heat H2 >/dev/null || return 1
    out=$(heat_depot sheets E2027-01 --round 1 --lang da) || return 1
    grep -q '^! Egen skole: Birthe Lund er fra Rønde Skole ligesom Alma (5.a) og Clara (5.b)\.$' <<<"$out" \
        && grep -q 'Rønde Skole (egen skole)' <<<"$out" && grep -q '^Heat Hornslet Skole – torsdag 18. februar 2027$' \
        <<<"$out" || { sed 's/^/    | /' <<<"$out"; return 1; }
    heat_depot judge accept-conflict E2027-01 --round 1 --judge J1 --note "Ingen anden bibliotekar kunne den aften" \
        --lang en >/dev/null || return 1
    out=$(heat_depot sheets E2027-01 --round 1 --lang da) || return 1
    tr -s ' \n' ' ' <<<"$out" | grep -q 'Godkendt af juryformanden 16\. februar 2027: Ingen anden bibliotekar kunne den aften' \
        || { sed 's/^/    | /' <<<"$out"; return 1; }
    # The running order is drawn from a seed; the same seed on a copy draws the same order.
    rm -rf "$work/heats-copy" && cp -r "$work/heats" "$work/heats-copy" && rm -f "$work/heats-copy/.depot.lock"
    out=$(heat_depot draw E2027-01 --round 1 --seed 4711 --lang en) || return 1
    grep -q '^Drew the running order of Skolerunde with seed 4711 ' <<<"$out" || { echo "    | $out"; return 1; }
    local again
    again=$(DEPOT_TODAY=2027-02-16 "$depot" competition draw E2027-01 --round 1 --seed 4711 --lang en \
        --data "$work/heats-copy") || return 1
    [ "$out" = "$again" ] || { echo "    | $out"; echo "    | $again"; return 1; }
    heat_depot order E2027-01 --round 1 --lang en | grep -q '^Drawn by Depot with seed 4711; the same seed draws' \
        || return 1
    # Karla withdraws; Sanne Østergaard gives Noah one score and then has to leave.
    heat_depot reader withdraw E2027-01 --reader R08 --lang en >/dev/null || return 1
    heat_depot score E2027-01 --round 1 --judge J6 --reader Noah technique=2 >/dev/null || return 1
    out=$(heat_depot judge absent E2027-01 --round 1 --judge "Sanne" --lang en) || return 1
    grep -q '^Sanne Østergaard (J6) is absent from Skolerunde: the sheet is left out, and totals are the average over the 5 judges present\.$' \
        <<<"$out" || { echo "    | $out"; return 1; }
    out=$(heat_depot score E2027-01 --round 1 --judge J6 --reader Noah interpretation=3 --lang en 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: interpretation=3: Sanne Østergaard is recorded absent from Skolerunde' <<<"$out" \
        || { echo "    | $out"; return 1; }
    # A judge scores only the readers of the judge's own heat.
    out=$(heat_depot score E2027-01 --round 1 --judge J4 --reader Alma technique=3 --lang en 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: technique=3: Mette Juul is not on the jury of the heat Alma (5.a, Rønde Skole)' \
        <<<"$out" || { echo "    | $out"; return 1; }
    local judge reader t i p
    while read -r judge reader t i p; do
        heat_depot score E2027-01 --round 1 --judge "$judge" --reader "$reader" technique="$t" interpretation="$i" \
            passage="$p" >/dev/null || { echo "    | score $judge $reader"; return 1; }
    done <<'SCORES'
J1 Alma 5 4 4
J2 Alma 4 4 4
J3 Alma 4 5 4
J1 Clara 4 4 5
J2 Clara 4 5 4
J3 Clara 4 4 4
J1 August 3 3 3
J2 August 3 3 3
J3 August 3 4 3
J1 Elias 4 4 4
J2 Elias 4 4 3
J3 Elias 4 4 4
J4 Noah 5 5 4
J5 Noah 4 5 5
J4 William 3 4 3
J5 William 4 3 3
J4 Asta 4 4 4
J5 Asta 4 4 3
SCORES
    out=$(heat_depot overtime E2027-01 --round 1 --reader Elias --over 0:40 --lang en) || return 1
    grep -q '^Elias (5.b, Kolind Centralskole): prepared text, .* ran 0 min 40 s over the limit; 2 points off' \
        <<<"$out" || { echo "    | $out"; return 1; }
    # Alma and Clara tie for the one place of the Rønde heat: no one advances until the read-off.
    out=$(heat_depot advance E2027-01 --round 1 --lang en 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: Skolerunde: read-off needed between ' <<<"$out" && grep -q 'Alma (5.a' <<<"$out" \
        && grep -q 'Clara (5.b' <<<"$out" || { echo "    | $out"; return 1; }
    heat_depot results E2027-01 --round 1 --format json >"$work/heats-before.json" || return 1
    python3 "$work/heats.py" "$work/heats/events.json" "$work/heats-before.json" before || return 1
    heat_depot tie E2027-01 --round 1 --winner Clara --lang en >/dev/null || return 1
    out=$(heat_depot advance E2027-01 --round 1 --lang en) || return 1
    grep -q '^2 readers go on to Finale: Clara (5.b, Rønde Skole); Noah (5.a, Hornslet Skole)\.$' <<<"$out" \
        || { echo "    | $out"; return 1; }
    heat_depot results E2027-01 --round 1 --format json >"$work/heats-after.json" || return 1
    python3 "$work/heats.py" "$work/heats/events.json" "$work/heats-after.json" after || return 1
    out=$(heat_depot results E2027-01 --round 1 --lang da) || return 1
    tr -s ' \n' ' ' <<<"$out" | grep -q 'Point er gennemsnittet over de 5 dommere, der var til stede (fraværende: Sanne Østergaard)\.' \
        && grep -qE '^3 +Elias, 5\.b +Kolind Centralskole +9,67 −2 overtid$' <<<"$out" \
        && grep -qE '^1 +Noah, 5\.a +Hornslet Skole +14,00 går videre$' <<<"$out" \
        || { sed 's/^/    | /' <<<"$out"; return 1; }
    # The heats' certificates follow each heat's ranking; the withdrawn reader's says "for deltagelse".
    heat_depot certificates E2027-01 --round 1 --output "$work/heats-diplomer.html" --lang da >/dev/null || return 1
    python3 - "$work/heats-diplomer.html" <<'CERT' || return 1
import re, sys
pages = re.findall(r'<p class="name">([^<]*)</p>.*?<p class="placement">([^<]*)</p>', open(sys.argv[1]).read(), re.S)
got = dict(pages)
assert got == {"Clara": "1. plads", "Alma": "2. plads", "Elias": "3. plads", "August": "4. plads", "Noah": "1. plads",
               "Asta": "2. plads", "William": "3. plads", "Karla": "for deltagelse"}, got
CERT
    # The final: the two heat winners, its own jury of three, and the winner.
    local j
    for j in J1 J2 J3; do
        heat_depot score E2027-01 --round 2 --judge "$j" --reader Clara technique=4 interpretation=4 passage=4 \
            >/dev/null || return 1
        heat_depot score E2027-01 --round 2 --judge "$j" --reader Noah technique=5 interpretation=4 passage=5 \
            >/dev/null || return 1
    done
    out=$(heat_depot results E2027-01 --round 2 --lang en) || return 1
    grep -qE '^1 +Noah, 5\.a +Hornslet Skole +42$' <<<"$out" && grep -qE '^2 +Clara, 5\.b +Rønde Skole +36$' <<<"$out" \
        || { sed 's/^/    | /' <<<"$out"; return 1; }
}

# The independent computation: from the sheets, juries, absences, withdrawals and overtime in events.json, each
# reader's average over the judges present less 1 point per started 30 s over, ranked per heat; compared with what
# `depot competition results --format json` says, and the event's log checked for who did what and when.
cat >"$work/heats.py" <<'PY'
import json, math, sys
events, results, stage = sys.argv[1], sys.argv[2], sys.argv[3]
event = next(e for e in json.load(open(events, encoding="utf-8"))["events"] if e["id"] == "E2027-01")
competition = event["competition"]
heat_round = competition["rounds"][0]
absent = {j["id"] for j in heat_round["judges"] if j.get("absentOn")}
withdrawn = {r["id"] for r in competition["readers"] if r.get("withdrawnOn")}
sheets = {s["judgeID"]: s["scores"] for s in heat_round["sheets"]}
rule = competition["format"]["overtimePenalty"]
expected = {}
for heat in heat_round["heats"]:
    present = [j for j in heat["judgeIDs"] if j not in absent]
    for reader in heat["readerIDs"]:
        if reader in withdrawn:
            continue
        points = sum(s["points"] for j in present for s in sheets.get(j, []) if s["readerID"] == reader)
        penalty = sum(rule["points"] * math.ceil(o["seconds"] / rule["perSeconds"])
                      for o in heat_round.get("overtimes", []) if o["readerID"] == reader)
        expected[reader] = (heat["id"], points / len(present) - penalty)
got = json.load(open(results, encoding="utf-8"))["rounds"][0]
ranking = {r["reader"]: r for r in got["ranking"]}
assert set(ranking) == set(expected), (sorted(ranking), sorted(expected))
assert got["averaged"] is True, got["averaged"]
for reader, (heat, score) in expected.items():
    entry = ranking[reader]
    assert entry["heat"] == heat and abs(entry["score"] - score) < 1e-9, (reader, entry, score)
    better = [r for r, (h, s) in expected.items() if h == heat and s > score + 1e-9]
    tied = [r for r, (h, s) in expected.items() if h == heat and abs(s - score) < 1e-9 and r != reader]
    decided = stage == "after" and tied
    if not decided:
        assert entry["place"] == len(better) + 1, (reader, entry)
    crosses = bool(tied) and len(better) + 1 <= 1 < len(better) + 1 + len(tied)
    want_tie = "none" if not tied else ("readOff" if decided else ("readOffNeeded" if crosses else "shared"))
    assert entry["tie"] == want_tie, (reader, entry["tie"], want_tie)
# Who goes on: the best of each heat, once the tie is decided (Clara won the read-off).
winners = {r for r, e in ranking.items() if e["advances"]}
if stage == "before":
    assert winners == set(), winners
else:
    assert winners == {"R02", "R05"} and ranking["R02"]["place"] == 1 and ranking["R01"]["place"] == 2, ranking
    assert competition["rounds"][1]["readerIDs"] == ["R02", "R05"], competition["rounds"][1]["readerIDs"]
judges = {j["id"]: j for j in got["judges"]}
assert judges["J1"]["ownSchoolReaders"] == ["R01", "R02"] or set(judges["J1"]["ownSchoolReaders"]) == {"R01", "R02"}
assert judges["J1"]["conflictAccepted"] and judges["J6"]["absentOn"] == "2027-02-16"
# The log: every absence, withdrawal, draw, tie decision and advancement, dated and signed.
log = [n for n in event["log"] if n["on"] == "2027-02-16"]
assert all(n["authorID"] == "S01" for n in log), log
texts = " | ".join(n["text"] for n in log)
for part in ["Karla (5.b, Mørke Skole) (R08) withdrew", "Sanne Østergaard (J6) is absent", "seed 4711",
             "accepted: Ingen anden bibliotekar"]:
    assert part in texts, (part, texts)
if stage == "after":
    assert "tie decided by read-off: 1. Clara (5.b, Rønde Skole), 2. Alma (5.a, Rønde Skole)" in texts, texts
    assert "Skolerunde: 2 readers go on to Finale: Clara (5.b, Rønde Skole) and Noah (5.a, Hornslet Skole)." in texts, texts
PY
check "a heat evening from the command line: two heats, own-school and absent judges, a withdrawal, a drawn order, overtime, a read-off, advancing; JSON checked independently" \
    championship_heat_evening
